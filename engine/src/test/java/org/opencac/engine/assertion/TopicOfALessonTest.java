package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The topic of a lesson ("the principles of asthma management") names a condition in general (team-written). */
class TopicOfALessonTest {

    @Test
    void theConditionALessonIsAboutIsNotCoded() {
        List<String> codes = outpatientCodes("PLAN: Most of the visit went to going over the principles of asthma "
                + "management with his father.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("J45")), codes.toString());
    }

    @Test
    void theConditionStatedInAnotherClauseIsStillCoded() {
        List<String> codes = outpatientCodes("ASSESSMENT: We went over the basics of inhaler use, and he has "
                + "moderate persistent asthma.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("J45")), codes.toString());
    }
}
