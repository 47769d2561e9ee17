package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "For the next" visit names a visit to come, with a reach short enough to leave out what that visit is for
 * (team-written).
 */
class NextVisitCueTest {

    @Test
    void theNextWellChildCheckIsAVisitToCome() {
        assertTrue(assess("Return in one year for the next well-child check.", "well-child check").hypothetical());
    }

    @Test
    void whatTheNextVisitIsForIsOutOfReach() {
        assertFalse(assess("She will come back for her next visit for the hernia repair.", "hernia").hypothetical());
    }
}
