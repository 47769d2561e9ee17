package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Ruling out X" tells a work-up that excluded X, so X is negated, over the whole list the gerund opens; a new
 * clause ("and when Y was suspected") ends it. A work-up still to be done or one that could not exclude X ("for
 * ruling out", "suggested ruling out", "without ruling out", "in order to rule out") leaves X uncertain.
 */
class RulingOutGerundTest {
    @Test
    void rulingOutNegatesWhatTheWorkUpExcluded() {
        assertTrue(assess("A CT scan was performed, ruling out appendicitis.", "appendicitis").negated());
        assertTrue(assess("After ruling out pneumonia, she was discharged home.", "pneumonia").negated());
    }

    @Test
    void rulingOutReachesEveryItemOfItsList() {
        String s = "Ultrasound was done, ruling out cholecystitis, pancreatitis and nephrolithiasis.";
        assertTrue(assess(s, "cholecystitis").negated());
        assertTrue(assess(s, "pancreatitis").negated());
        assertTrue(assess(s, "nephrolithiasis").negated());
    }

    @Test
    void aNewClauseEndsTheRulingOut() {
        String s = "An angiogram was done, ruling out aortic dissection and when pneumonia was suspected, he was admitted.";
        assertTrue(assess(s, "aortic dissection").negated());
        Assertion later = assess(s, "pneumonia");
        assertFalse(later.negated());
        assertTrue(later.uncertain());
        Assertion afterBut = assess("She was seen by cardiology, ruling out myocarditis, but a pericarditis was suspected.",
                "pericarditis");
        assertFalse(afterBut.negated());
    }

    @Test
    void aWorkUpPendingOrInconclusiveLeavesTheConditionUncertain() {
        for (String[] c : new String[][] {
                {"A urine culture was sent for ruling out a urinary tract infection.", "urinary tract infection"},
                {"The radiologist suggested ruling out osteomyelitis with an MRI.", "osteomyelitis"},
                {"The chest film showed an opacity without ruling out pneumonia.", "pneumonia"},
                {"An MRI was ordered in order to rule out multiple sclerosis.", "multiple sclerosis"}}) {
            Assertion a = assess(c[0], c[1]);
            assertTrue(a.uncertain(), c[0]);
            assertFalse(a.negated(), c[0]);
        }
    }
}
