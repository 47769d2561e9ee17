package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * Causes after a negated act, reporting verbs and "no further" after a negator, uncertainty put as a question,
 * conditions of childhood and "in case".
 */
class CauseAndConditionalCueTest {
    @Test
    void theCauseOfSomethingNotDoneIsNotNegated() {
        assertFalse(assess("She could not climb the stairs because of hip pain.", "hip pain").negated());
        assertFalse(assess("The exam was not completed secondary to severe anxiety.", "severe anxiety").negated());
        assertTrue(assess("He did not receive the vaccine due to an egg allergy.", "vaccine").negated());
    }

    @Test
    void theCauseOfSomethingNotDoneStaysPresentWithAPossessive() {
        // the longer "because of his" (which ends a risk's reach at the patient's own condition) hides "because of":
        // it must end the negation as well
        assertFalse(assess("He can no longer climb ladders because of his gout.", "gout").negated());
        assertFalse(assess("She is unable to lift her grandson due to her shoulder bursitis.", "shoulder bursitis")
                .negated());
        assertFalse(assess("He cannot drive because of the patient's seizures, his wife reports.", "seizures").negated());
    }

    @Test
    void aNegationBeforeACommaEndsWhereTheSubjectBeginsAgain() {
        assertFalse(assess("Without chills, the child has a barking cough.", "barking cough").negated());
        assertTrue(assess("Without chills, the child has a barking cough.", "chills").negated());
    }

    @Test
    void itIsUncertainWhetherReachesForward() {
        assertTrue(assess("It is uncertain whether she had a stroke.", "stroke").uncertain());
        assertTrue(assess("It remains unclear if the nodule is benign.", "nodule").uncertain());
        assertTrue(assess("It is not known whether he has cirrhosis.", "cirrhosis").uncertain());
    }

    @Test
    void aConditionOfChildhoodSaidFirstIsHistorical() {
        assertTrue(assess("As a teenager he had mononucleosis.", "mononucleosis").historical());
        assertTrue(assess("In childhood she had scarlet fever.", "scarlet fever").historical());
    }

    @Test
    void aCuredConditionIsHistorical() {
        assertTrue(assess("Syphilis, treated and cured in 2012.", "Syphilis").historical());
    }

    @Test
    void inCaseIsAConditional() {
        assertTrue(assess("Keep the inhaler at hand in case wheezing returns.", "wheezing").hypothetical());
    }

    @Test
    void aReportingVerbRightAfterTheNegatorIsPartOfTheNegation() {
        assertTrue(assess("He is not reporting any dizziness or headache.", "headache").negated());
        assertTrue(assess("There was no reported fever at home.", "fever").negated());
        assertFalse(assess("She denies chills and reports a sore throat.", "sore throat").negated());
    }

    @Test
    void noFurtherBeforeAConditionNegatesItButNotBeforeAWorkup() {
        assertTrue(assess("After the clip there was no further bleeding.", "bleeding").negated());
        assertFalse(assess("No further workup of the anemia is planned.", "anemia").negated());
    }

    @Test
    void bothNegativeAfterTwoSignsNegatesTheFirstToo() {
        assertTrue(assess("Phalen sign and Tinel sign were both negative.", "Phalen sign").negated());
    }

    @Test
    void aClauseOfTheWritersOwnEndsANegation() {
        assertFalse(assess("She did not tolerate metformin and I changed her to glipizide.", "glipizide").negated());
        assertFalse(assess("There is no pain, and we will lower the prednisone.", "prednisone").negated());
        assertTrue(assess("Denies diplopia, i.e. seeing two images, or blurred vision.", "blurred vision").negated());
    }
}
