package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A numbered list run into one line begins an item at each number from 2 on (a date or a number in parentheses is
 * no list number); "an absent" qualifies its own noun and an organ said absent is no post-cue; a zero score
 * denies the symptom rated; a symptom evaluated for is the visit's complaint; "compatible in appearance with" is a
 * doubt; graded signs and symptoms are found; "or has any" carries on a negation; "and gets" begins a clause of
 * its own. Sentences are our own.
 */
class NumberedItemsAbsentOrgansAndZeroScoresTest {

    @Test
    void aListNumberRunIntoTheLineBeginsAnItemOfItsOwn() {
        String s = "She denies fever,2.Cough for a week,3.Sore throat.";
        assertTrue(assess(s, "fever").negated());
        assertFalse(assess(s, "Cough").negated());
        assertFalse(assess(s, "Sore throat").negated());
        assertFalse(assess("No known allergies; 3) Severe low back pain.", "low back pain").negated());
        assertTrue(assess("No rash (2) or itching.", "itching").negated());
        assertTrue(assess("No rash (12/8) or itching.", "itching").negated());
    }

    @Test
    void anAbsentOrganIsNoPostCue() {
        assertFalse(assess("Known cholelithiasis with an absent gallbladder on imaging.", "cholelithiasis")
                .negated());
        assertFalse(assess("The appendix absent, the sigmoid shows diverticulosis.", "diverticulosis").negated());
        assertTrue(assess("Hematuria absent, urine clear.", "Hematuria").negated());
    }

    @Test
    void aZeroScoreDeniesTheSymptomRated() {
        assertTrue(assess("Pain score of 0 at rest.", "Pain").negated());
        assertTrue(assess("She rates her hip pain 0/10 today.", "hip pain").negated());
        assertFalse(assess("She rates her hip pain 7/10 today.", "hip pain").negated());
        assertTrue(assess("Neck pain 0 out of 10 after the injection.", "Neck pain").negated());
    }

    @Test
    void aSymptomEvaluatedForIsTheComplaint() {
        assertFalse(assessCoded("He was evaluated for dizziness at urgent care.", "dizziness", "R42").uncertain());
        assertTrue(assessCoded("He was evaluated for pulmonary embolism at urgent care.", "pulmonary embolism",
                "I26.99").uncertain());
    }

    @Test
    void signsGradedAreFoundAndWarningsStayHypothetical() {
        assertFalse(assess("The infant has mild signs and symptoms of heart failure.", "heart failure")
                .hypothetical());
        assertTrue(assess("Return if she develops signs and symptoms of infection.", "infection").hypothetical());
        assertTrue(assess("The nodule is compatible in appearance with a lipoma.", "lipoma").uncertain());
    }

    @Test
    void orHasAnyCarriesOnANegationAndAndGetsBeginsAClause() {
        assertTrue(assess("The father does not report that the boy wheezes at night or has any episodes of cyanosis.",
                "cyanosis").negated());
        assertFalse(assess("He has a cough and has any medication refilled by mail.", "cough").negated());
        assertFalse(assess("He has a history of emphysema and gets winded on stairs.", "winded").historical());
    }
}
