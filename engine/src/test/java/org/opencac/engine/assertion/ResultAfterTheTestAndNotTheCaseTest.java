package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A negative result written after what was tested ("tested for gonorrhea, which was negative", "hepatitis C and
 * HIV, both of which were nonreactive", "the culture proved to be negative") negates it and reaches no condition
 * after it; "X is not the case" denies X, and "X is probably not the case" holds it unlikely (team-written
 * sentences).
 */
class ResultAfterTheTestAndNotTheCaseTest {
    @Test
    void aNegativeResultInARelativeClauseNegatesWhatWasTested() {
        assertTrue(assess("He was tested for gonorrhea, which was negative.", "gonorrhea").negated());
        assertTrue(assess("Hepatitis C and HIV, both of which were nonreactive, were drawn.", "Hepatitis C")
                .negated());
    }

    @Test
    void aResultThatProvedNegativeNegatesWhatWasTested() {
        assertTrue(assess("Her strep culture proved to be negative.", "strep").negated());
        assertTrue(assess("The COVID-19 test turned out to be negative.", "COVID-19").negated());
    }

    @Test
    void whatTheTestWasNegativeForIsStillReadForward() {
        assertTrue(assess("She had a colonoscopy, which was negative for colitis.", "colitis").negated());
        assertTrue(assess("The biopsy proved to be negative for melanoma.", "melanoma").negated());
    }

    @Test
    void aNegativeResultDoesNotReachTheConditionAfterIt() {
        assertEquals(AssertionStatus.PRESENT,
                assess("Her HIV test, which was negative, preceded treatment of her syphilis.", "syphilis").status());
    }

    @Test
    void notTheCaseDeniesAndProbablyNotTheCaseDoubts() {
        assertTrue(assess("Vasculitis is not the case.", "Vasculitis").negated());
        assertEquals(AssertionStatus.UNCERTAIN,
                assess("Gout is likely not the case here.", "Gout").status());
    }
}
