package org.opencac.engine.assertion;

/** Which way a cue's scope runs from the cue, within its sentence. */
public enum CueDirection {
    /** The words after the cue: "no fever". */
    FORWARD,
    /** The words before the cue: "fever was ruled out". */
    BACKWARD,
    /** Both sides: "pneumonia versus atelectasis". */
    BIDIRECTIONAL,
    /** The cue has no scope; it ends the scopes of other cues. */
    TERMINATE,
    /** The cue has no scope; it only hides the shorter cues it contains. */
    PSEUDO,
    /**
     * The cue is the finding's own word, which says it is absent ("nontender", "afebrile", "anicteric"): it
     * modifies the mention made of exactly its words, has no scope beyond it and ends no other cue's scope.
     */
    SELF;

    boolean forward() {
        return this == FORWARD || this == BIDIRECTIONAL;
    }

    boolean backward() {
        return this == BACKWARD || this == BIDIRECTIONAL;
    }
}
