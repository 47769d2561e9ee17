package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * Under a family history heading, a clause whose subject is the patient tells the patient's own history ("the patient
 * does not smoke"): the heading does not make what it names a relative's, while a relative's own cue still does.
 */
class PatientSubjectUnderFamilyHeadingTest {

    @Test
    void patientsOwnHabitUnderTheFamilyHeadingIsThePatients() {
        Assertion a = assess("FAMILY HISTORY: Father with gout. The patient does not smoke.", "smoke");
        assertEquals(Experiencer.PATIENT, a.experiencer());
        assertTrue(a.negated());
    }

    @Test
    void relativesConditionUnderTheFamilyHeadingStaysTheRelatives() {
        assertEquals(Experiencer.FAMILY,
                assess("FAMILY HISTORY: Father with gout. Diabetes in an aunt.", "Diabetes").experiencer());
    }

    @Test
    void relativeNamedAfterThePatientKeepsTheRelativesCondition() {
        assertEquals(Experiencer.FAMILY,
                assess("FAMILY HISTORY: The patient's mother has diabetes.", "diabetes").experiencer());
    }

    @Test
    void patientNamedAsWhoseRelativeItIsTellsNoHistoryOfHisOwn() {
        assertEquals(Experiencer.FAMILY, assess("FAMILY HISTORY: The mother of the patient died young of a stroke.",
                "stroke").experiencer());
    }
}
