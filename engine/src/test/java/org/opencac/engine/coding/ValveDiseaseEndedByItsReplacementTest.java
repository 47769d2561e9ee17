package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The disease of a heart valve named beside the past replacement of that same valve is over: the prosthesis is
 * reported by its status code (Z95.2), not the disease it replaced. A disease of another valve stays
 * (team-written sentences).
 */
class ValveDiseaseEndedByItsReplacementTest {

    @Test
    void aorticDiseaseBeforeItsReplacementIsNotCurrent() {
        List<String> codes = outpatientCodes("HPI: She has known aortic valve disease, status post aortic valve"
                + " replacement in 2015, and comes for a cough.\n");
        assertTrue(codes.contains("Z95.2"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I35")), codes.toString());
        assertFalse(codes.contains("Z86.79"), codes.toString());
    }

    @Test
    void stenosisTheReplacementWasDoneForIsNotCurrent() {
        List<String> codes = outpatientCodes("HPI: He is status post mitral valve replacement for severe mitral"
                + " regurgitation and has ankle swelling.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I34")), codes.toString());
    }

    @Test
    void diseaseOfAnotherValveStaysCurrent() {
        List<String> codes = outpatientCodes("HPI: She has aortic valve stenosis, status post mitral valve"
                + " replacement years ago.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("I35")), codes.toString());
    }

    @Test
    void aValveDiseaseAwaitingReplacementIsCurrent() {
        List<String> codes = outpatientCodes("ASSESSMENT: Severe aortic valve stenosis. We will plan an aortic"
                + " valve replacement.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("I35")), codes.toString());
    }
}
