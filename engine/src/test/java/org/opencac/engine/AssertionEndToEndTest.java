package org.opencac.engine;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** Assertion defects seen on real notes, reproduced end to end in the team's own wording. */
class AssertionEndToEndTest {

    @Test
    void screeningProcedureStatedAsNotDoneIsNotCoded() {
        assertNotSuggested(outpatient("No screening colonoscopy was done."), "Z12.11");
        assertNotSuggested(outpatient("She has never had a screening mammogram."), "Z12.31");
    }

    @Test
    void relativeAsSubjectAcrossAnAsideIsFamilyHistoryNotThePatientsCondition() {
        CodingResult r = outpatient("His brother, although he runs marathons, has high cholesterol.");
        assertNotSuggested(r, "E78.00");
        assertSuggested(r, "Z83.438", 1);
    }

    @Test
    void dialysisSinceAPastYearIsCurrent() {
        CodingResult r = outpatient("End-stage renal disease, on hemodialysis since 2012.");
        assertSuggested(r, "N18.6", 2);
        assertSuggested(r, "Z99.2", 2);
    }

    @Test
    void conditionWhoseHistoryIsUnknownIsNotCoded() {
        CodingResult r = outpatient("It is unknown whether the patient has a history of diabetes.");
        assertNotSuggested(r, "E11.9");
    }

    @Test
    void conditionTreatedInThePastIsNotCodedAsCurrent() {
        assertNotSuggested(outpatient("She had an appendectomy in the past for appendicitis."), "K37");
    }

    @Test
    void declinedVaccineOrScreeningIsNotCodedAsGiven() {
        assertNotSuggested(outpatient("Influenza vaccine declined by the patient."), "Z23");
        assertNotSuggested(outpatient("She declined a screening colonoscopy."), "Z12.11");
    }

    @Test
    void vaccineGivenIsStillTheImmunizationEncounter() {
        assertSuggested(outpatient("Influenza vaccine given today."), "Z23", 1);
    }

    @Test
    void diseaseNamedByAVaccineOrAnImmunityIsNotCoded() {
        assertNotSuggested(outpatient("Vaccines today: varicella, hepatitis A."), "B01.9");
        assertNotSuggested(outpatient("Prenatal labs: rubella immune, blood type O positive."), "B06.9");
    }
}
