package org.opencac.engine;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/** Assertion defects seen on real notes, reproduced end to end in the team's own wording. */
class AssertionEndToEndTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void screeningProcedureStatedAsNotDoneIsNotCoded() {
        assertNotSuggested(code("No screening colonoscopy was done."), "Z12.11");
        assertNotSuggested(code("She has never had a screening mammogram."), "Z12.31");
    }

    @Test
    void relativeAsSubjectAcrossAnAsideIsFamilyHistoryNotThePatientsCondition() {
        CodingResult r = code("His brother, although he runs marathons, has high cholesterol.");
        assertNotSuggested(r, "E78.00");
        assertSuggested(r, "Z83.438", 1);
    }

    @Test
    void dialysisSinceAPastYearIsCurrent() {
        CodingResult r = code("End-stage renal disease, on hemodialysis since 2012.");
        assertSuggested(r, "N18.6", 2);
        assertSuggested(r, "Z99.2", 2);
    }

    @Test
    void conditionWhoseHistoryIsUnknownIsNotCoded() {
        CodingResult r = code("It is unknown whether the patient has a history of diabetes.");
        assertNotSuggested(r, "E11.9");
    }

    @Test
    void conditionTreatedInThePastIsNotCodedAsCurrent() {
        assertNotSuggested(code("She had an appendectomy in the past for appendicitis."), "K37");
    }

    @Test
    void declinedVaccineOrScreeningIsNotCodedAsGiven() {
        assertNotSuggested(code("Influenza vaccine declined by the patient."), "Z23");
        assertNotSuggested(code("She declined a screening colonoscopy."), "Z12.11");
    }

    @Test
    void vaccineGivenIsStillTheImmunizationEncounter() {
        assertSuggested(code("Influenza vaccine given today."), "Z23", 1);
    }

    @Test
    void diseaseNamedByAVaccineOrAnImmunityIsNotCoded() {
        assertNotSuggested(code("Vaccines today: varicella, hepatitis A."), "B01.9");
        assertNotSuggested(code("Prenatal labs: rubella immune, blood type O positive."), "B06.9");
    }
}
