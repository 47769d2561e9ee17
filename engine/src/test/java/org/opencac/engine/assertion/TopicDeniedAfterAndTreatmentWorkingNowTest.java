package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A topic named first and denied after it ("as far as thyroid disease, there is none"), a denial carried by
 * "without complaining of", a treatment said now to work on a condition named with a past word before it, and a
 * doubt ("appears to be") that ends at a history cue, and a diagnosis that "may be suspected" (team-written
 * sentences).
 */
class TopicDeniedAfterAndTreatmentWorkingNowTest {

    @Test
    void aTopicDeniedAfterItIsNegated() {
        assertTrue(assess("As far as thyroid disease, there is none in her family.", "thyroid disease").negated());
    }

    @Test
    void noneAfterAHeldConditionWithoutATopicOpenerDeniesNothing() {
        assertFalse(assess("He has gout; there is none in his family.", "gout").negated());
    }

    @Test
    void withoutComplainingOfDenies() {
        assertTrue(assess("She may have a sinus infection, without complaining of facial pain.", "facial pain")
                .negated());
    }

    @Test
    void aTreatmentWorkingNowMakesItsConditionCurrent() {
        assertFalse(assess("The inhaler I gave him previously for asthma seems to be helping.", "asthma")
                .historical());
    }

    @Test
    void aTreatmentThatWorkedInThePastLeavesTheHistory() {
        assertTrue(assess("The inhaler given previously for bronchitis seemed to be helping.", "bronchitis")
                .historical());
    }

    @Test
    void theDoubtOfAppearsToBeEndsAtAHistoryCue() {
        Assertion a = assess("Abdominal pain that appears to be colicky with a history of gallstones.", "gallstones");
        assertFalse(a.uncertain());
        assertTrue(a.historical());
    }

    @Test
    void aDiagnosisThatMayBeSuspectedIsUncertain() {
        assertTrue(assess("Strep throat may also be suspected in a teenager with fever.", "Strep throat").uncertain());
    }
}
