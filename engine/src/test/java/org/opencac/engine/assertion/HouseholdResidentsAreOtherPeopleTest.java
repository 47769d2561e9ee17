package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The residents of the patient's home, or everyone at home, are other people: their illness is not the patient's,
 * also when "currently" or "presently" stands in the sentence whose subject they are (team-written).
 */
class HouseholdResidentsAreOtherPeopleTest {

    @Test
    void residentsAtHomeHoldTheCough() {
        assertEquals(Experiencer.FAMILY,
                assess("All the residents at home are sick with colds and a cough.", "cough").experiencer());
    }

    @Test
    void currentlyDoesNotEndTheResidentsScopeWhenTheyAreTheSubject() {
        assertEquals(Experiencer.FAMILY,
                assess("All the residents at home are currently sick with a cough.", "cough").experiencer());
    }

    @Test
    void everyoneAtHomeHoldsTheDiarrhea() {
        assertEquals(Experiencer.FAMILY,
                assess("Everyone at home has had diarrhea this week.", "diarrhea").experiencer());
    }

    @Test
    void currentlyStillEndsAFamilyHistoryThatIsNoSubject() {
        assertEquals(Experiencer.PATIENT,
                assess("Family history of asthma; she currently has wheezing.", "wheezing").experiencer());
    }
}
