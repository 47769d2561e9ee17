package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A drug the plan says the patient will need to be on later ("will need to be on warfarin after the valve surgery")
 * is not taken now, so its long-term use code does not apply; the cue reads drug mentions only (team-written).
 */
class DrugThePlanPutsThePatientOnLaterTest {

    @Test
    void drugTheyWillNeedToBeOnIsNotTakenNow() {
        Assertion a = assessCoded("After the repair she will need to be on warfarin for three months.", "warfarin",
                "Z79.01");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void secondDrugOfThePlanIsReachedWithAnAdverbBeforeNeed() {
        Assertion a = assessCoded("He will also need to be on heparin for a few days after discharge and then on "
                + "clopidogrel.", "clopidogrel", "Z79.02");
        assertEquals(AssertionStatus.HYPOTHETICAL, a.status(), a.cues().toString());
    }

    @Test
    void conditionAfterTheCueIsNotRead() {
        Assertion a = assessCoded("She will need to be on oxygen because of her emphysema.", "emphysema", "J43.9");
        assertEquals(AssertionStatus.PRESENT, a.status(), a.cues().toString());
    }
}
