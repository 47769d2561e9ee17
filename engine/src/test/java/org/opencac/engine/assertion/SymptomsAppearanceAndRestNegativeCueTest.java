package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * Cues whose reading depends on the words around them: the risks named by "the risks are", a symptom named by
 * "symptoms consistent with", an emphatic "does appear to be", "otherwise negative" after the positives, "unsure
 * of", and a child of the patient who died (team-written).
 */
class SymptomsAppearanceAndRestNegativeCueTest {

    @Test
    void theRisksAreNamesHypotheticalRisks() {
        assertTrue(assess("The risks are bleeding, infection, and scarring of the urethra.", "infection")
                .hypothetical());
    }

    @Test
    void aSymptomNamedAfterSymptomsConsistentWithIsHad() {
        assertEquals(AssertionStatus.PRESENT, assessCoded(
                "He reports symptoms consistent with nausea and heartburn after meals.", "nausea", "R11.0").status());
    }

    @Test
    void aDiagnosisNamedAfterSymptomsConsistentWithStaysDoubted() {
        assertTrue(assessCoded("She has symptoms consistent with a urinary tract infection.", "urinary tract infection",
                "N39.0").uncertain());
        assertTrue(assessCoded("He reports findings consistent with nausea.", "nausea", "R11.0").uncertain());
    }

    @Test
    void doesAppearToBeAffirmsAndDoesNotAppearToBeDenies() {
        assertFalse(assess("There does appear to be mild erythema around the incision.", "erythema").uncertain());
        Assertion denied = assess("On the film the density does not appear to be a pleural effusion.",
                "pleural effusion");
        assertTrue(denied.negated());
        assertFalse(denied.uncertain());
        assertTrue(assess("There appears to be a small pleural effusion.", "pleural effusion").uncertain());
    }

    @Test
    void otherwiseNegativeLeavesThePositivesNamedBeforeIt() {
        assertFalse(assess("Review of systems is positive for cough, otherwise negative.", "cough").negated());
        assertTrue(assess("Otherwise negative for palpitations or chest pain.", "palpitations").negated());
    }

    @Test
    void unsureOfAFamilyHistoryIsDoubted() {
        Assertion a = assess("She is unsure of any family history of colon cancer.", "colon cancer");
        assertTrue(a.uncertain());
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void aChildOfThePatientWhoDiedIsARelative() {
        Assertion a = assess("She had one child who died of leukemia.", "leukemia");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertTrue(a.historical());
        assertEquals(Experiencer.PATIENT, assess("The child has had a fever and cough for two days.", "cough")
                .experiencer());
    }
}
