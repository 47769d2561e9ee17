package org.opencac.engine.coding;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/** A drug the note lists as the patient's allergy is an allergy status (Z88); the same drug given is not (team-written). */
class AllergyListDrugStatusTest {

    @Test
    void drugsOfTheAllergyListAreAllergyStatus() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: Essential hypertension.\nALLERGIES: Sulfa and latex.", CareSetting.OUTPATIENT));
        assertSuggested(r, "Z88.2", 10);
        assertSuggested(r, "Z91.040", 10);
    }

    @Test
    void aDrugOnTheMedicationListIsNotAnAllergy() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: Urinary tract infection.\nMEDICATIONS: Bactrim twice a day.", CareSetting.OUTPATIENT));
        assertNotSuggested(r, "Z88.2");
    }

    @Test
    void aDrugGivenBecauseOfAnotherAllergyIsNotAnAllergy() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "HOSPITAL COURSE: Cellulitis of the left leg. She was treated with clindamycin since she is allergic to penicillin.",
                CareSetting.INPATIENT));
        assertSuggested(r, "Z88.0", 10);
        assertNotSuggested(r, "Z88.1");
    }
}
