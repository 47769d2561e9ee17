package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A laboratory result written with its reference range, the value inside the range, negates the test named
 * before it; a value outside its range, or a value with no range, leaves it (team-written sentences).
 */
class ResultWithinItsReferenceRangeTest {

    @Test
    void valueBelowAnUpperLimitIsANormalResult() {
        Assertion a = MentionFixture.assess("Labs: ferritin level 40 ng/mL (normal <150), sodium 139.", "ferritin");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        assertTrue(a.cues().contains(ResultInRange.CUE), a.cues().toString());
    }

    @Test
    void valueBetweenTwoBoundsWithTheRangeWrittenCloseIsANormalResult() {
        Assertion a = MentionFixture.assess("The ferritin 60 (reference range 15-150) was rechecked.", "ferritin");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
        a = MentionFixture.assess("Her ferritin IgX 9.5units (normal<10.9) on the panel.", "ferritin");
        assertEquals(AssertionStatus.NEGATED, a.status(), a.cues().toString());
    }

    @Test
    void valueOutsideItsRangeStaysAFinding() {
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Labs: ferritin level 400 ng/mL (normal <150), sodium 139.", "ferritin").status());
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("The ferritin 8 (reference range 15-150) was rechecked.", "ferritin").status());
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("The ferritin 8 (normal >15) was rechecked.", "ferritin").status());
    }

    @Test
    void valueWithNoRangeOrAnotherTestsValueIsLeftAlone() {
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Her ferritin was 40 ng/mL on admission.", "ferritin").status());
        assertEquals(AssertionStatus.PRESENT,
                MentionFixture.assess("Raised ferritin and sodium 139 (normal 135-145).", "ferritin").status());
    }

    @Test
    void theSideOfAPairedTestMayStandBetweenValueAndRange() {
        assertEquals(AssertionStatus.NEGATED, MentionFixture.assess(
                "Caloric testing showed a unilateral weakness of 9% on the left (normal <20%).", "weakness").status());
        assertEquals(AssertionStatus.PRESENT, MentionFixture.assess(
                "Caloric testing showed a unilateral weakness of 35% on the right (normal <20%).", "weakness").status());
    }
}
