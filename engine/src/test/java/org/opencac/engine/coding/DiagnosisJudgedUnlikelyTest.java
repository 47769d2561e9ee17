package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;

/**
 * A diagnosis the provider leans against ("unlikely", "doubtful", "I doubt", "not likely") is not coded as
 * established for an inpatient, as a probable or likely one is (Guidelines II.H): it is closer to ruled out.
 */
class DiagnosisJudgedUnlikelyTest {

    private static MentionOutcome mention(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + r.mentions()));
    }

    @Test
    void anInpatientDiagnosisJudgedUnlikelyIsNotCodedAndTheMentionSaysWhy() {
        CodingResult r = code("ASSESSMENT: Acute pancreatitis is unlikely with a normal lipase.", CareSetting.INPATIENT);
        assertNotSuggested(r, "K85.90");
        MentionOutcome m = mention(r, "Acute pancreatitis");
        assertEquals("unlikely", m.reason(), m.toString());
        assertTrue(m.explanation().contains("unc_unlikely"), m.explanation());
    }

    @Test
    void aDiagnosisTheWriterDoubtsIsNotCodedInEitherSetting() {
        for (CareSetting setting : CareSetting.values()) {
            CodingResult r = code("IMPRESSION: I doubt this is osteomyelitis.", setting);
            assertEquals("unlikely", mention(r, "osteomyelitis").reason(), setting.toString());
        }
    }

    @Test
    void aDiagnosisNotLikelyReadsBackToTheConditionBeforeIt() {
        CodingResult r = code("ASSESSMENT: Deep vein thrombosis not likely.", CareSetting.INPATIENT);
        assertEquals("unlikely", mention(r, "Deep vein thrombosis").reason());
    }

    @Test
    void anInpatientDiagnosisGivenALowProbabilityIsNotCoded() {
        CodingResult r = code("ASSESSMENT: Shortness of breath; pulmonary embolism is of low probability.",
                CareSetting.INPATIENT);
        assertNotSuggested(r, "I26.99");
        assertEquals("unlikely", mention(r, "pulmonary embolism").reason());
    }

    @Test
    void anInpatientDiagnosisOfLowClinicalSuspicionIsNotCoded() {
        CodingResult r = code("ASSESSMENT: Knee effusion with a low clinical suspicion of septic arthritis.",
                CareSetting.INPATIENT);
        assertEquals("unlikely", mention(r, "septic arthritis").reason(), r.mentions().toString());
    }

    @Test
    void theLikelierDiagnosisOfAComparisonIsStillCodedForAnInpatient() {
        CodingResult r = code("ASSESSMENT: Cholecystitis is less likely than peptic ulcer disease.", CareSetting.INPATIENT);
        assertEquals("unlikely", mention(r, "Cholecystitis").reason());
        assertTrue(mention(r, "peptic ulcer disease").coded(), r.mentions().toString());
    }

    @Test
    void aLikelyDiagnosisIsStillCodedAsEstablishedForAnInpatient() {
        CodingResult r = code("ASSESSMENT: Most likely acute pancreatitis.", CareSetting.INPATIENT);
        assertSuggested(r, "K85.90", 3);
        assertEquals("uncertain", mention(r, "acute pancreatitis").assertion());
    }

    @Test
    void aDiagnosisFeltNotToBePresentIsNegated() {
        CodingResult r = code("ASSESSMENT: The rash was felt not to be a drug eruption.", CareSetting.INPATIENT);
        MentionOutcome m = r.mentions().stream().filter(o -> o.text().toLowerCase().contains("drug eruption"))
                .findFirst().orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("negated", m.reason(), m.toString());
    }
}
