package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Seems to be clearing" or "appears to be healing" hedges how a named condition is going, not whether a finding
 * named after it is there; what a finding "appears to be" stays doubted (team-written).
 */
class CourseHedgeCueTest {

    @Test
    void aFindingAfterAnotherThatSeemsToBeClearingIsThere() {
        assertFalse(assess("The eczema on her wrist seems to be clearing and her rash on the chin is unchanged.", "rash")
                .uncertain());
    }

    @Test
    void aFindingAfterAnotherThatAppearsToBeHealingIsThere() {
        assertFalse(assess("His cellulitis appears to be healing and the ulcer of the heel is smaller.", "ulcer")
                .uncertain());
    }

    @Test
    void whatAFindingAppearsToBeStaysDoubted() {
        assertTrue(assess("The lesion appears to be a benign nevus.", "benign nevus").uncertain());
    }
}
