package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A personal history after a family history is the patient's; a worry about a family history leaves it
 * established; a history of a recent event is the present episode; an old infarct with its site words is past,
 * while old and new infarcts together include a present one; handout text and consent talk name what may happen.
 */
class CurrentHistoryOldInfarctAndReaderCueTest {

    @Test
    void aPersonalHistoryAfterAFamilyHistoryIsThePatients() {
        Assertion a = assess("We are wary of his family history of gastric cancer and his personal history of gout.",
                "gout");
        assertEquals(Experiencer.PATIENT, a.experiencer());
        assertTrue(a.historical());
    }

    @Test
    void worryAboutAFamilyHistoryLeavesItEstablished() {
        Assertion a = assess("I am worried about her family history of melanoma.", "melanoma");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertFalse(a.uncertain());
    }

    @Test
    void aHistoryOfARecentEventIsThePresentEpisode() {
        Assertion a = assess("She has a history of recent deep vein thrombosis on heparin.", "deep vein thrombosis");
        assertFalse(a.historical());
    }

    @Test
    void anOldInfarctWithItsSiteWordsIsPast() {
        Assertion a = assessCoded("Imaging shows an old right occipital lobe infarct.", "infarct", "I63.9");
        assertTrue(a.historical());
    }

    @Test
    void oldAndNewInfarctsIncludeAPresentOne() {
        Assertion a = assess("The scan showed old and new infarcts.", "infarcts");
        assertFalse(a.historical());
    }

    @Test
    void handoutTextSpeaksOfWhatMayHappen() {
        Assertion a = assess("At home you may notice mild swelling of the ankle.", "swelling");
        assertTrue(a.hypothetical());
    }

    @Test
    void aComplicationDiscussedBeforeConsentIsARisk() {
        Assertion a = assessCoded("We discussed bleeding, pulmonary embolism and stiffness.", "pulmonary embolism",
                "I26.99");
        assertTrue(a.hypothetical());
    }

    @Test
    void aDiscussedConditionThatIsNoOperativeRiskStaysPresent() {
        Assertion a = assessCoded("We discussed his asthma and the use of his inhaler.", "asthma", "J45.909");
        assertFalse(a.hypothetical());
    }
}
