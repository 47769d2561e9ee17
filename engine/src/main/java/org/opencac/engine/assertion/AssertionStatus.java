package org.opencac.engine.assertion;

/** The status of a mention that decides how it is coded. */
public enum AssertionStatus {
    PRESENT,
    NEGATED,
    UNCERTAIN,
    HYPOTHETICAL,
    HISTORICAL
}
