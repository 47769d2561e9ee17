package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A tendency, propensity or predisposition to a condition is told as a liability, not as a condition the patient
 * has now (as 'prone to'); it does not reach past its sentence.
 */
class TendencyToCueTest {

    @Test
    void aTendencyToHaveAConditionIsNotTheCondition() {
        assertTrue(assess("She says she has a tendency to get bladder infections.", "bladder infections")
                .hypothetical());
        assertTrue(assess("He has a propensity to develop kidney stones.", "kidney stones").hypothetical());
    }

    @Test
    void aTendencyInTheSentenceBeforeDoesNotReachTheNext() {
        assertFalse(assess("He has a tendency to worry. Today he has a bladder infection.", "bladder infection")
                .hypothetical());
    }
}
