package org.opencac.workbench.encounter;

/**
 * A suggestion's review state. {@code SUPPRESSED} is an engine suggestion that learning held back (a trigger
 * coders keep rejecting); it is shown greyed and a coder can still accept it.
 */
public enum SuggestionStatus {
    PENDING, SUPPRESSED, ACCEPTED, REJECTED, MODIFIED, ADDED
}
