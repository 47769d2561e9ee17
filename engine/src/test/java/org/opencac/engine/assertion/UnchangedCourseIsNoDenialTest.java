package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A course told as unchanged denies no finding: "no worsening of his neuropathy" and "no worsening or improvement
 * in her tremor" leave the condition going on, and "(infiltrates) without change, mild pulmonary edema" leaves the
 * finding after it; a finding's own negation beside it still negates (team-written sentences).
 */
class UnchangedCourseIsNoDenialTest {
    @Test
    void noWorseningLeavesTheCondition() {
        assertEquals(AssertionStatus.PRESENT,
                assess("There has been no progression of her scoliosis.", "scoliosis").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("He notes no worsening or improvement of his dizziness.", "dizziness").status());
    }

    @Test
    void withoutChangeLeavesTheFindingAfterIt() {
        assertEquals(AssertionStatus.PRESENT,
                assess("Effusion without change, small pneumothorax.", "pneumothorax").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("Mass without interval change, hydronephrosis on the left.", "hydronephrosis").status());
    }

    @Test
    void aFindingsOwnNegationBesideItStillNegates() {
        assertTrue(assess("Stable without change, and there is no pneumothorax.", "pneumothorax").negated());
    }
}
