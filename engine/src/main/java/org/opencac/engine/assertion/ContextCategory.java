package org.opencac.engine.assertion;

/**
 * What a cue rule says about the mentions in its scope. The first five set an assertion attribute
 * (see {@link AssertionBuilder}); CURRENT says that a condition holds now ("continues to have", "still has") and
 * so lifts the HISTORICAL that a past-history section alone gives the mentions in its scope (a cue's HISTORICAL
 * stays, unless the CURRENT rule reads only backward: told right after the condition, "a history of asthma, under
 * good control", it gives the condition's status now and lifts both); PATIENT says the sentence is about the patient
 * ("the patient does not smoke") and so lifts the FAMILY that a family-history section alone gives the mentions in its
 * scope (a relative's cue keeps its FAMILY); PSEUDO blocks a shorter cue inside it ("gram negative"); TERMINATE ends the scope of other cues ("but",
 * "however").
 */
public enum ContextCategory {
    NEGATED,
    UNCERTAIN,
    HYPOTHETICAL,
    HISTORICAL,
    FAMILY,
    CURRENT,
    PATIENT,
    PSEUDO,
    TERMINATE;

    /** True for the categories that modify a mention (not PSEUDO or TERMINATE). */
    public boolean modifies() {
        return this != PSEUDO && this != TERMINATE;
    }
}
