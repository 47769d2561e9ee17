package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** A condition put with its own subject and verb reaches the end of the condition. */
class ConditionWithItsOwnSubjectTest {
    @Test
    void aConditionWithItsOwnSubjectReachesTheEndOfTheCondition() {
        assertTrue(assess("If she has a large effusion around the heart or has a clot with an atrial septal defect we"
                + " will change the plan.", "atrial septal defect").hypothetical());
        assertFalse(assess("She has atrial fibrillation, and if it recurs we will add a beta blocker.",
                "atrial fibrillation").hypothetical());
    }
}
