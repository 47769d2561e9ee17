package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A slipped capital femoral epiphysis and the scope of a status-post item (team-written sentences). */
class SlipAndStatusPostItemTest {

    @Test
    void aSlippedCapitalFemoralEpiphysisIsTheNontraumaticSlipOnItsSide() {
        List<String> codes = outpatientCodes("Assessment: slipped capital femoral epiphysis of the left hip in a 12-year-old.");
        assertTrue(codes.contains("M93.002"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S79")), codes.toString());
        assertTrue(outpatientCodes("Assessment: SCFE, right.").contains("M93.001"));
    }

    @Test
    void aConditionListedAfterAStatusPostItemIsCurrent() {
        List<String> codes = outpatientCodes("Assessment: status post coronary stenting, hypothyroidism, poorly controlled.");
        assertTrue(codes.contains("E03.9"), codes.toString());
        List<String> fall = outpatientCodes("Assessment: s/p fall from a chair, closed fracture of the left patella.");
        assertTrue(fall.stream().anyMatch(c -> c.startsWith("S82.0")), fall.toString());
        assertFalse(fall.contains("Z87.81"), fall.toString());
    }

    @Test
    void theConditionInsideTheStatusPostItemStaysPast() {
        List<String> codes = outpatientCodes("Assessment: status post fracture of the left ankle, walking without pain.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S82")), codes.toString());
    }
}
