package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * How a condition stands now, told right after it ("a history of asthma, under good control", "hypertension for
 * years, untreated"), makes it a condition held now: the backward CURRENT cue lifts the history cue's past as well
 * as a past-history section's; a treatment alone after the comma does not (team-written).
 */
class ConditionStatusToldAfterItTest {

    @Test
    void aHistoryUnderGoodControlIsHeldNow() {
        Assertion a = assess("She has a history of asthma, under good control with an inhaler.", "asthma");
        assertFalse(a.historical());
        assertFalse(a.cues().contains("hist_history_of"));
    }

    @Test
    void aWellControlledConditionUnderThePastHistoryIsHeldNow() {
        Assertion a = assess("PAST MEDICAL HISTORY:\nHistory of hypertension, well controlled.\n", "hypertension");
        assertFalse(a.historical());
        assertFalse(a.cues().contains("section:historical"));
    }

    @Test
    void anUntreatedConditionWithItsDurationIsHeldNow() {
        assertFalse(assess("He is a farmer with a history of diabetes for ten years, untreated.", "diabetes")
                .historical());
    }

    @Test
    void aHistoryOfAKnownConditionIsHeldNow() {
        assertFalse(assess("PAST SURGICAL HISTORY:\nHysterectomy. Her chart tells a long history of known uterine prolapse.\n",
                "uterine prolapse").historical());
    }

    @Test
    void aTreatmentAloneAfterTheCommaLeavesTheHistory() {
        assertTrue(assess("He has a history of pneumonia, treated with antibiotics.", "pneumonia").historical());
    }

    @Test
    void theStatusReachesOnlyTheItemBeforeItsComma() {
        assertTrue(assess("History of appendicitis, gout, well controlled.", "appendicitis").historical());
    }
}
