package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A negative test named after "with" is the test's result and leaves the complaint before it alone; "complications"
 * told beside the risks of an operation, and what follows "the risk and treatment of", are possible, not had; and
 * "appears to be" opening a clause after a comma still weighs what it names.
 */
class RiskWordsAndTestResultAfterWithTest {

    @Test
    void aNegativeTestAfterWithDoesNotDenyTheComplaint() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "He reports exertional chest tightness with negative stress study.", "chest tightness").status());
        assertEquals(AssertionStatus.PRESENT, assess(
                "She has palpitations with a normal holter monitor.", "palpitations").status());
    }

    @Test
    void aTrailingNegativeStillDeniesWhatItFollows() {
        assertEquals(AssertionStatus.NEGATED, assess("Strep screen was negative.", "Strep").status());
    }

    @Test
    void complicationsToldWithTheRisksArePossible() {
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(
                "She was told the benefits, alternatives and complications of the repair.", "complications").status());
        assertEquals(AssertionStatus.NEGATED, assess(
                "After the risks were explained the block was placed without complications.", "complications").status());
        assertEquals(AssertionStatus.PRESENT, assess(
                "The postoperative course was marked by complications.", "complications").status());
    }

    @Test
    void whatFollowsTheRiskAndTreatmentOfIsPossible() {
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(
                "We had a discussion of the risk and treatment of aspiration.", "aspiration").status());
    }

    @Test
    void appearsToBeAfterACommaWeighsTheReading() {
        assertEquals(AssertionStatus.UNCERTAIN, assess(
                "The spot is flat and brown, appears to be either a lentigo or a nevus.", "lentigo").status());
    }
}
