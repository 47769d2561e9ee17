package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A condition told as held now ("continues to have", "still has", "current untreated problems include") under a
 * past-history header is present: the CURRENT cue lifts the section's past-history reading, never a history cue's
 * (team-written).
 */
class ConditionHeldNowUnderPastHistoryTest {

    @Test
    void continuesToHaveUnderThePastHistoryIsPresent() {
        Assertion a = assess("PAST MEDICAL HISTORY:\nShe continues to have weakness of the left leg after her stroke.\n",
                "weakness");
        assertFalse(a.historical());
        assertFalse(a.cues().contains("section:historical"));
    }

    @Test
    void currentProblemsListedUnderThePastHistoryArePresent() {
        assertFalse(assess("PAST MEDICAL HISTORY:\nOther current untreated problems include obesity and gout.\n",
                "gout").historical());
    }

    @Test
    void aPastHistoryListWithoutAWordOfNowStaysHistorical() {
        Assertion a = assess("PAST MEDICAL HISTORY:\nMigraine headaches and gout.\n", "gout");
        assertTrue(a.historical());
        assertEquals("section:historical", a.cues().get(0));
    }

    @Test
    void aHistoryCueBeforeTheWordOfNowStaysHistorical() {
        assertTrue(assess("PAST MEDICAL HISTORY:\nHistory of pneumonia, currently has a cough.\n", "pneumonia")
                .historical());
    }

    @Test
    void stillEndsANegationAsBefore() {
        assertTrue(assess("Denies chest pain, still has a cough.", "chest pain").negated());
        assertFalse(assess("Denies chest pain, still has a cough.", "cough").negated());
    }

    @Test
    void aPastHistoryHeaderWrittenWithHxIsAPastHistory() {
        assertTrue(assess("PAST MEDICAL HX: Asthma and gout.", "gout").historical());
    }
}
