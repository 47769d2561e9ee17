package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A "not" that denies an act, not a finding, leaves the findings after it present: an inability ("could not move
 * his fingers, ... gout"), a treatment that failed ("did not really help", "was not effective for", "has not
 * given her any relief of"), a double negative ("cannot walk without hip pain", "not uncommon with") and a finding
 * whose cause is not found ("do not explain her headaches"); an examining verb stays a negation ("could not
 * palpate a hernia"), and "not really sure whether" is an uncertainty (team-written sentences).
 */
class InabilityAndFailedTreatmentKeepTheFindingTest {
    @Test
    void anInabilityDoesNotDenyTheFindingsAfterIt() {
        assertEquals(AssertionStatus.PRESENT,
                assess("He could not lift his arm, shoulder pain and weakness.", "shoulder pain").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("The patient could not handle the pain from her migraine.", "migraine").status());
    }

    @Test
    void anExaminingVerbStaysANegation() {
        assertTrue(assess("I could not palpate an umbilical hernia.", "umbilical hernia").negated());
    }

    @Test
    void aFailedTreatmentLeavesTheCondition() {
        assertEquals(AssertionStatus.PRESENT,
                assess("Naproxen did not really help his gout.", "gout").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("Metformin was not effective for her diabetes.", "diabetes").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("The nerve block has not given him any relief of his sciatica.", "sciatica").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("Montelukast has not been helpful for his asthma.", "asthma").status());
    }

    @Test
    void aDoubleNegativeLeavesTheFinding() {
        assertEquals(AssertionStatus.PRESENT,
                assess("She is unable to walk a block without chest pain.", "chest pain").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("He cannot sleep without wheezing.", "wheezing").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("Fatigue is not uncommon in her multiple sclerosis.", "multiple sclerosis").status());
        assertTrue(assess("She sleeps without wheezing.", "wheezing").negated());
    }

    @Test
    void aFindingWhoseCauseIsNotFoundIsPresent() {
        assertEquals(AssertionStatus.PRESENT,
                assess("The x-ray does not explain his knee pain.", "knee pain").status());
    }

    @Test
    void aDoubtedCauseWithoutAnAuxiliaryLeavesTheFinding() {
        assertEquals(AssertionStatus.PRESENT,
                assess("I do not believe it explains his dizziness.", "dizziness").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("We do not think this accounts for the weight loss.", "weight loss").status());
        assertTrue(assess("I do not think this is dizziness.", "dizziness").negated());
    }

    @Test
    void notReallySureWhetherIsUncertain() {
        assertEquals(AssertionStatus.UNCERTAIN,
                assess("He is not quite sure whether the spells are seizures.", "seizures").status());
    }
}
