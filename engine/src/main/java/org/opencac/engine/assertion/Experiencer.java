package org.opencac.engine.assertion;

/** Who the finding belongs to. */
public enum Experiencer {
    PATIENT,
    FAMILY
}
