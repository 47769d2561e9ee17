package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A condition the writer says was assumed ("it was assumed that ...", "was assumed to have ...") is a supposition,
 * not a diagnosis; a physician who assumed care names no condition (team-written sentences).
 */
class AssumedConditionCueTest {
    @Test
    void aConditionAssumedToBeTheCauseIsUncertain() {
        assertTrue(assess("It was assumed that the pain came from gallstones.", "gallstones").uncertain());
        assertTrue(assess("She was assumed to have a urinary tract infection.", "urinary tract infection").uncertain());
    }

    @Test
    void assumingCareOfAPatientDoesNotDoubtTheirCondition() {
        assertFalse(assess("Dr. Lee assumed care of the patient with pneumonia.", "pneumonia").uncertain());
    }
}
