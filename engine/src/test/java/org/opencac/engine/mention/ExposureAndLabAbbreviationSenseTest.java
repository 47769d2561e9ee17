package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
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
}
