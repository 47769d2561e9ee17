package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A bare noun after a comma that names a habit the patient has ("denies alcohol, smoker") is a statement of its
 * own, while a denied list of findings goes on across its commas (team-written).
 */
class HabitNounAfterADenialTest {

    @Test
    void aSmokerAfterADeniedDrinkIsPresent() {
        assertFalse(assess("Social: denies wine or beer, smoker.", "smoker").negated());
    }

    @Test
    void aVerbDenialDoesNotCarryOntoTheHabit() {
        assertFalse(assess("Habits: does not drink, smoker of cigars.", "smoker").negated());
    }

    @Test
    void anAdjectiveBeforeTheHabitNounIsStillItsOwnStatement() {
        assertFalse(assess("Habits: no street drugs, heavy drinker.", "drinker").negated());
    }

    @Test
    void aDeniedListOfFindingsStillRunsOn() {
        assertTrue(assess("He denies fever, chills, cough.", "cough").negated());
    }

    @Test
    void aDeniedHabitBeforeTheCommaStaysDenied() {
        assertTrue(assess("Social: denies wine or beer, smoker.", "beer").negated());
    }

    @Test
    void aHyphenatedHabitNounEndsTheDenialOfTheItemBeforeIt() {
        String text = "Risk factors: no history of asthma, ex-smoker, mildly raised blood pressure.";
        assertFalse(assess(text, "ex-smoker").negated());
        assertFalse(assess(text, "raised blood pressure").negated());
        assertTrue(assess(text, "asthma").negated());
    }
}
