package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * What the patient died of is the condition of the stay, not a past one; what a relative died of is still the
 * relative's (team-written).
 */
class CauseOfThePatientsDeathTest {

    @Test
    void whatThePatientDiedOfIsCurrent() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "On the third day the patient died of massive pulmonary embolism.", "pulmonary embolism").status());
    }

    @Test
    void whatThePatientNamedByAPronounDiedOfIsCurrent() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "Two days later she died of an acute myocardial infarction.", "myocardial infarction").status());
        assertEquals(AssertionStatus.PRESENT, assess(
                "He subsequently died from septic shock.", "septic shock").status());
    }

    @Test
    void whatARelativeDiedOfStaysTheRelatives() {
        assertEquals(Experiencer.FAMILY, assess("Her father died of a stroke at sixty.", "stroke").experiencer());
    }
}
