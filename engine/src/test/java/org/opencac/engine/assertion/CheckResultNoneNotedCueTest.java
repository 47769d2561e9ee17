package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The result of a check told after what it looked for ('inspected for any X and none were seen') denies X; without
 * a word of checking in the sentence, 'none were found' denies nothing before it (team-written sentences).
 */
class CheckResultNoneNotedCueTest {

    @Test
    void noneSeenAfterACheckDeniesWhatWasLookedFor() {
        assertTrue(assess("The joint was inspected for any loose bodies and none were seen.", "loose bodies")
                .negated());
    }

    @Test
    void noneNotedAfterACommaStillReadsBack() {
        assertTrue(assess("The anastomosis was checked for any leak, and none was noted.", "leak").negated());
    }

    @Test
    void noneFoundWithoutACheckLeavesTheCountedLesionsPresent() {
        assertFalse(assess("Three polyps were removed and none were found to be malignant on pathology.", "polyps")
                .negated());
    }

    @Test
    void aCheckWithoutItsResultStaysHypothetical() {
        Assertion a = assess("The wound bed was inspected for any bleeding before closure.", "bleeding");
        assertFalse(a.negated());
        assertTrue(a.hypothetical());
    }

    @Test
    void noneEvidentAfterASemicolonDeniesWhatWasLookedFor() {
        assertTrue(assess("The stoma was checked for any bleeding; none was evident.", "bleeding").negated());
    }

    @Test
    void noneFoundAfterASemicolonWithoutACheckLeavesTheLesionsPresent() {
        assertFalse(assess("Two cysts were drained; none were found to be infected.", "cysts").negated());
    }
}
