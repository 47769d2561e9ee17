package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.Coded.outpatientCheckedCodes;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * "AF" counted in international units or read among the liver tests is the alkaline phosphatase, not atrial
 * fibrillation; smoke the patient was exposed to is not the patient's own smoking (trigger_senses.tsv).
 * Sentences are our own.
 */
class ExposureAndLabAbbreviationSenseTest {

    @Test
    void anAfCountedInInternationalUnitsIsNoAtrialFibrillation() {
        assertNotSuggested(outpatientChecked("HISTORY:\nBlood work found an AF of 900 IU/l with a normal GGT.\n"),
                "I48.91");
        assertNotSuggested(outpatientChecked("HISTORY:\nSerial determinations of AF were made in the clinic.\n"),
                "I48.91");
    }

    @Test
    void atrialFibrillationWrittenAsAfIsStillCoded() {
        assertSuggested(outpatientChecked("ASSESSMENT:\nChronic AF, rate controlled on metoprolol.\n"), "I48.20", 5);
    }

    @Test
    void smokeThePatientWasExposedToIsNotHisSmoking() {
        assertNotSuggested(outpatientChecked("HISTORY:\nThe seizure followed exposure to environmental smoke in a closed room.\n"),
                "F17.200");
    }

    @Test
    void aPatientWhoSmokesStillHasTheNicotineCode() {
        assertSuggested(outpatientChecked("SOCIAL HISTORY:\nHe smokes a pipe every evening.\n"), "F17.200", 5);
    }

    private static boolean anyTemporomandibularDisorder(String note) {
        return outpatientCheckedCodes(note).stream()
                .anyMatch(c -> c.startsWith("M26.6"));
    }

    @Test
    void theTmjNamedAsAJointCodesNoTemporomandibularDisorder() {
        org.junit.jupiter.api.Assertions.assertFalse(anyTemporomandibularDisorder(
                "HISTORY:\nRadiographs of both TMJ were normal and the left TMJ opened fully.\n"));
        org.junit.jupiter.api.Assertions.assertTrue(anyTemporomandibularDisorder(
                "ASSESSMENT:\nTMJ pain from night-time bruxism; a bite splint was made.\n"));
    }

    @Test
    void anSgaValueInMillimetresIsNoSmallForGestationalAgeInfant() {
        assertNotSuggested(outpatientChecked("HISTORY:\nBlood work: SGA 98 mm/h, albumin 3.0 g/dL.\n"), "P05.9");
        assertSuggested(outpatientChecked("ASSESSMENT:\nSGA infant born at 38 weeks, birth weight below the third percentile.\n"),
                "P05.9", 5);
    }
}
