package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A status-post item inside a past-history list (team-written notes). */
class StatusPostInPastHistoryListTest {

    @Test
    void conditionsListedAfterAStatusPostItemInAPastHistoryListAreHistory() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Knee pain.\n\n"
                + "PAST MEDICAL HISTORY: Status post appendectomy, pulmonary embolism, deep vein thrombosis, and gout.\n\n"
                + "ASSESSMENT: Right knee pain.");
        assertTrue(codes.contains("Z86.718"), codes.toString());
        assertTrue(codes.contains("Z86.711"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I82") || c.startsWith("I26")), codes.toString());
    }

    @Test
    void aConditionAfterAStatusPostItemInACurrentSectionStaysCurrent() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Wrist pain.\n\n"
                + "ASSESSMENT: Status post fall from a step, closed fracture of the right radius.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S52")), codes.toString());
        assertFalse(codes.contains("Z87.81"), codes.toString());
    }
}
