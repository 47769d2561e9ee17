package org.opencac.engine.assertion;

/**
 * What a cue rule says about the mentions in its scope. The first five set an assertion attribute
 * (see {@link AssertionBuilder}); PSEUDO blocks a shorter cue inside it ("gram negative"); TERMINATE
 * ends the scope of other cues ("but", "however").
 */
public enum ContextCategory {
    NEGATED,
    UNCERTAIN,
    HYPOTHETICAL,
    HISTORICAL,
    FAMILY,
    PSEUDO,
    TERMINATE;

    /** True for the categories that modify a mention (not PSEUDO or TERMINATE). */
    public boolean modifies() {
        return this != PSEUDO && this != TERMINATE;
    }
}
