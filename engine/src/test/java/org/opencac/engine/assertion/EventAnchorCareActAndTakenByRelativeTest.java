package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The event a doubt or a denial is dated by ("since the fall", "after a fall") happened; a possibility weighed of an
 * act of care ("the possibility of surgery for") leaves the condition named after it the patient's; a treatment
 * for the patient's own condition ("to control her ...") ends a doubt; an item of care after a history's comma is
 * current; a relative who takes the patient somewhere is no owner of the complaints told after it; and a social
 * history opened by the abbreviation SOCH is the patient's, not the family history before it (team-written
 * sentences).
 */
class EventAnchorCareActAndTakenByRelativeTest {

    @Test
    void theEventADenialIsDatedSinceHappened() {
        String s = "He denies any headache or neck pain since the car accident.";
        assertEquals(AssertionStatus.PRESENT, assess(s, "car accident").status());
        assertTrue(assess(s, "neck pain").negated());
    }

    @Test
    void theEventADoubtIsDatedAfterHappened() {
        String s = "There is concern for a rib fracture after a fall down the stairs.";
        assertEquals(AssertionStatus.PRESENT, assess(s, "fall").status());
        assertTrue(assess(s, "rib fracture").uncertain());
        assertTrue(assess("No loss of consciousness after the collision.", "loss of consciousness").negated());
    }

    @Test
    void aPossibilityOfCareLeavesTheConditionPresent() {
        String s = "She came for the possibility of surgery for her umbilical hernia.";
        assertEquals(AssertionStatus.PRESENT, assess(s, "umbilical hernia").status());
        assertTrue(assess("The possibility of a pulmonary embolism remains.", "pulmonary embolism").uncertain());
    }

    @Test
    void aTreatmentForTheirOwnConditionEndsTheDoubt() {
        assertEquals(AssertionStatus.PRESENT,
                assess("I suspect he will need a new drug to control his gout.", "gout").status());
        assertTrue(assess("I suspect he has gout.", "gout").uncertain());
    }

    @Test
    void anItemOfCareAfterAHistoryIsCurrent() {
        String s = "Continue the inhaler for a history of asthma, management of the ankle sprain per podiatry.";
        assertEquals(AssertionStatus.PRESENT, assess(s, "ankle sprain").status());
        assertTrue(assess(s, "asthma").historical());
    }

    @Test
    void aRelativeWhoTookThePatientOwnsNoComplaint() {
        Assertion a = assess("His father took him to urgent care when the wheezing began.", "wheezing");
        assertEquals(Experiencer.PATIENT, a.experiencer());
        assertEquals(Experiencer.FAMILY, assess("His father has asthma and gout.", "gout").experiencer());
    }

    @Test
    void aSocialHistoryUnderSochIsThePatients() {
        String s = "FH:,  Unremarkable,SOCH: , Widowed, works as a baker.  He smokes cigars daily.";
        assertEquals(Experiencer.PATIENT, assess(s, "smokes cigars").experiencer());
    }
}
