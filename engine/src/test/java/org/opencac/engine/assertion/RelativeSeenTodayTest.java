package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Today" says when, not whose: a relative who is the subject of the sentence keeps the condition named after it
 * ("her brother is in today with a cold"); a family history cue that is no subject, a new sentence about the
 * patient, or a person named after the relative still gives the condition to the patient.
 */
class RelativeSeenTodayTest {
    private static Experiencer who(String sentence, String phrase) {
        return assess(sentence, phrase).experiencer();
    }

    @Test
    void aRelativeWhoIsTheSubjectKeepsTheConditionPastToday() {
        assertEquals(Experiencer.FAMILY, who("Her younger brother is in today with acute bronchitis.",
                "acute bronchitis"));
        assertEquals(Experiencer.FAMILY, who("The father was here today with a bad cold.", "cold"));
    }

    @Test
    void todayStillEndsAFamilyHistoryThatIsNoSubject() {
        assertEquals(Experiencer.PATIENT, who("Family history of asthma, today with wheezing.", "wheezing"));
        assertEquals(Experiencer.PATIENT, who("Family history of asthma. Today she presents with wheezing.",
                "wheezing"));
    }

    @Test
    void aPersonNamedAfterTheRelativeTakesTheCondition() {
        assertEquals(Experiencer.PATIENT, who("Her mother is here today with him for a bad cough.", "cough"));
        assertEquals(Experiencer.PATIENT, who("Mother called today because the child has a fever.", "fever"));
    }
}
