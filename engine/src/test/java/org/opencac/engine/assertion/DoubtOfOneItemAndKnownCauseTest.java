package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A doubt opening an item in the middle of a comma list is of that item; a cause named with the patient's
 * possessive is the patient's known condition; a symptom said as "lack of" denies nothing; a relative who has not
 * noticed a finding watches the patient; a recent diagnosis is current. Sentences are our own.
 */
class DoubtOfOneItemAndKnownCauseTest {

    private static final String PROBLEM_LIST =
            "She has heart failure, diabetes, hypothyroidism, possible stroke, gout, and arthritis.";

    @Test
    void aDoubtInTheMiddleOfAListIsOfItsOwnItem() {
        assertTrue(assess(PROBLEM_LIST, "stroke").uncertain());
        assertFalse(assess(PROBLEM_LIST, "gout").uncertain());
        assertFalse(assess(PROBLEM_LIST, "arthritis").uncertain());
    }

    @Test
    void aDoubtBeforeTheListsFirstCommaReadsTheWholeList() {
        assertTrue(assess("Cough, possibly pneumonia, bronchitis, or asthma.", "asthma").uncertain());
        assertTrue(assess("This may be viral bronchitis, asthma, or reflux.", "reflux").uncertain());
    }

    @Test
    void aCauseNamedWithThePatientsPossessiveIsPresent() {
        assertFalse(assess("Her joint pain is possibly related to her lupus.", "lupus").uncertain());
        assertTrue(assess("Her joint pain is possibly related to lupus.", "lupus").uncertain());
        Assertion liver = assess("She was advised to avoid warfarin secondary to her liver disease.", "liver disease");
        assertFalse(liver.hypothetical());
    }

    @Test
    void aSymptomSaidAsLackOfDeniesNothingAfterIt() {
        assertFalse(assess("She reports lack of energy, weight gain, and constipation.", "constipation").negated());
        assertTrue(assess("She denies lack of energy or weight loss.", "weight loss").negated());
    }

    @Test
    void aRelativeWhoHasNotNoticedAFindingWatchesThePatient() {
        Assertion a = assess("Mom has not noticed any hoarseness.", "hoarseness");
        assertTrue(a.negated());
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }

    @Test
    void aRecentDiagnosisIsCurrentAndTheHistoryBeforeItStays() {
        String s = "She has a history of hypertension and also a recent diagnosis of colitis.";
        assertFalse(assess(s, "colitis").historical());
        assertTrue(assess(s, "hypertension").historical());
    }

    @Test
    void notAwareOfTheConditionLeavesItPresentButNotAwareOfAnyDenies() {
        assertFalse(assess("He was not even aware of the fever.", "fever").negated());
        assertTrue(assess("She is not aware of any seizures.", "seizures").negated());
    }

    @Test
    void aFindingConsistentWithAKnownConditionDoesNotDoubtIt() {
        assertFalse(assess("The findings are consistent with her known myelofibrosis.", "myelofibrosis").uncertain());
        Assertion tb = assess("Apical scarring consistent with a history of tuberculosis.", "tuberculosis");
        assertFalse(tb.uncertain());
        assertTrue(tb.historical());
        assertTrue(assess("The findings are consistent with early pneumonia.", "early pneumonia").uncertain());
    }

    @Test
    void aTreatmentSheTakesIsNotDoubtedByAPlanToChangeIt() {
        assertFalse(assess("We may consider tapering her prednisone next month.", "prednisone").uncertain());
        assertTrue(assess("We may consider a course of prednisone next month.", "prednisone").uncertain());
    }
}
