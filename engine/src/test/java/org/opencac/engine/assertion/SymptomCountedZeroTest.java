package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A symptom given a count of none right after its name is not present; a count above zero, or a range from zero,
 * leaves it as it is (team-written sentences).
 */
class SymptomCountedZeroTest {

    @Test
    void aSymptomCountedZeroIsNotPresent() {
        for (String count : new String[] {"x0", "times 0", "time 0", "0", "zero"}) {
            Assertion a = MentionFixture.assess("He sleeps well now, nocturia " + count + ", and drinks less tea.",
                    "nocturia");
            assertEquals(AssertionStatus.NEGATED, a.status(), count + " " + a.cues());
            assertTrue(a.cues().contains(ZeroCount.CUE), a.cues().toString());
        }
    }

    @Test
    void aCountAboveZeroOrARangeFromZeroKeepsTheSymptom() {
        for (String count : new String[] {"x2", "times 1", "0-1 times a night", "x 0 to 2", "0.5"}) {
            Assertion a = MentionFixture.assess("He sleeps poorly, nocturia " + count + ", and drinks tea.", "nocturia");
            assertFalse(a.negated(), count + " " + a.cues());
        }
    }

    @Test
    void theZeroMustEndItsClause() {
        ZeroCount zero = new ZeroCount();
        String text = "nocturia 0 but frequency by day";
        assertFalse(zero.countedZero(text, "nocturia".length(), text.length()));
        String ended = "nocturia x 0.";
        assertTrue(zero.countedZero(ended, "nocturia".length(), ended.length()));
    }
}
