package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A finding's own word (a SELF cue) inside the words of a longer cue of the same category still says it of
 * itself: in "risks and complications" the risk list's cue takes the word, and "complications" is a possible one.
 */
class WordsOwnCueInsideALongerCueTest {

    @Test
    void complicationsInsideARiskListsCueAreHypothetical() {
        assertTrue(assess("He was told of the risks and complications before his repair.", "complications")
                .hypothetical());
    }

    @Test
    void complicationsTheOperationHadAreNot() {
        Assertion a = assess("His recovery was slowed by complications after the first repair.", "complications");
        assertFalse(a.hypothetical());
    }
}
