package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The proximal and distal parts of a long bone are the Index's upper and lower end (team-written sentences). */
class LongBoneEndTest {

    @Test
    void aFractureOfTheProximalHumerusIsOfItsUpperEndNotItsShaft() {
        List<String> codes = outpatientCodes("Postoperative diagnosis: comminuted fracture of the right proximal humerus after a fall.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S42.2")), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("S42.3")), codes.toString());
    }

    @Test
    void aComminutedFractureOfTheDistalHumerusIsOfItsLowerEndNotItsShaft() {
        List<String> codes = outpatientCodes("Assessment: comminuted fracture of the distal humerus from a ski fall.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S42.4")), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("S42.3")), codes.toString());
    }

    @Test
    void aComminutedFractureOfTheDistalFemurIsOfItsLowerEnd() {
        List<String> codes = outpatientCodes("Impression: comminuted fracture of the distal femur.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S72.4")), codes.toString());
    }
}
