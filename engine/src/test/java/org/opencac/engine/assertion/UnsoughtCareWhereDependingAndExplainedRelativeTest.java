package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * Care the patient did not seek is a past choice, not advice for what may come; "depending on where / how" puts a
 * condition as "depending on whether" does; a relative who "was explained" the risks is told them, the risks are
 * the patient's.
 */
class UnsoughtCareWhereDependingAndExplainedRelativeTest {
    @Test
    void aConditionDespiteWhichNoCareWasSoughtIsPresent() {
        Assertion a = assess("He did not seek medical attention despite his dizziness.", "dizziness");
        assertFalse(a.hypothetical());
        assertFalse(a.negated());
        assertFalse(assess("She never sought care for the ankle swelling until last week.", "ankle swelling").negated());
    }

    @Test
    void adviceToSeekCareStaysHypothetical() {
        assertTrue(assess("Seek medical attention if she develops shortness of breath.", "shortness of breath")
                .hypothetical());
    }

    @Test
    void dependingOnWhereOrHowIsAConditionForTheNextStep() {
        assertTrue(assess("A stress test will follow, depending on where the patient shows ischemia.", "ischemia")
                .hypothetical());
        assertTrue(assess("Therapy will be adjusted depending on how severe the neuropathy becomes.", "neuropathy")
                .hypothetical());
    }

    @Test
    void aRelativeWhoWasExplainedTheRisksDoesNotOwnThem() {
        Assertion a = assess("His mother was explained the risks, benefits, and complications of the operation.",
                "complications");
        assertTrue(a.hypothetical());
        assertEquals(Experiencer.PATIENT, a.experiencer());
        assertEquals(Experiencer.FAMILY, assess("Her mother has had breast cancer.", "breast cancer").experiencer());
    }
}
