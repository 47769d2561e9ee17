package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A relative told of a condition has it ("her father was told he had X": the relative's, not the patient's); a
 * relative who recently had X had it in the past; a site to watch for X names a sign to look for; X felt to be
 * less likely is weighed, not established (team-written sentences).
 */
class RelativeToldAndSiteWatchCueTest {
    @Test
    void aRelativeToldHeHadAConditionIsTheOneWhoHasIt() {
        Assertion a = assess("His sister was told she had a thyroid nodule.", "thyroid nodule");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertFalse(a.historical());
    }

    @Test
    void aRelativeWhoRecentlyHadAConditionHadItInThePast() {
        Assertion a = assess("Her brother recently had shingles.", "shingles");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertTrue(a.historical());
    }

    @Test
    void aSiteToWatchForASignNamesWhatMayHappen() {
        assertTrue(assess("Check the insertion site for any bleeding.", "bleeding").hypothetical());
        assertTrue(assess("Watch the dressing for drainage.", "drainage").hypothetical());
    }

    @Test
    void aDiagnosisFeltToBeLessLikelyIsUncertain() {
        assertTrue(assess("Aortic dissection was thought to be less likely.", "Aortic dissection").uncertain());
    }
}
