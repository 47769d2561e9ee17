package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * An episode of care dated in the past is over: treated or seen for X last month, seen months ago for X, X
 * weeks ago and treated; a habit kept until the patient quit is a former one. An admission days ago is the
 * stay the note is written in, and the time a condition began ("started last week") dates no episode of care
 * (team-written sentences).
 */
class PastEpisodeOfCareCueTest {
    @Test
    void treatedOrSeenForAConditionLastMonthIsPast() {
        assertTrue(assess("He was treated for otitis media last month.", "otitis media").historical());
        assertTrue(assess("She was seen last week for sinusitis and is better.", "sinusitis").historical());
        assertTrue(assess("He was seen in clinic two months ago for a gout flare.", "gout flare").historical());
    }

    @Test
    void aConditionWeeksAgoAndTreatedIsPast() {
        assertTrue(assess("Cellulitis of the arm six weeks ago, treated with cephalexin.", "Cellulitis").historical());
    }

    @Test
    void aHabitKeptUntilThePatientQuitIsPast() {
        assertTrue(assess("She smoked two packs a day until she quit in 1999.", "smoked").historical());
    }

    @Test
    void anAdmissionDaysAgoIsTheCurrentStay() {
        assertFalse(assess("He was admitted two days ago with pancreatitis.", "pancreatitis").historical());
    }

    @Test
    void theTimeAConditionBeganIsNoPastEpisode() {
        assertEquals(AssertionStatus.PRESENT,
                assess("She was seen today for a cough that started last week.", "cough").status());
        assertFalse(assess("He was treated for a rash over the last month.", "rash").historical());
    }
}
