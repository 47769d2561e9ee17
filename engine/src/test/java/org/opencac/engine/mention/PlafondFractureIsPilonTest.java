package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tibial plafond is the Index's and the Tabular's pilon (S82.87-), read by the injury finder and by Index
 * navigation alike; the distal tibia alone is its lower end (S82.3-).
 */
class PlafondFractureIsPilonTest {

    @Test
    void aTibialPlafondFractureIsAPilonFracture() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right tibial plafond fracture after a fall from a ladder.\n");
        assertTrue(codes.contains("S82.871A"), codes.toString());
    }

    @Test
    void aDistalTibiaPlafondFractureIsAPilonFractureToo() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left distal tibia plafond fracture.\n");
        assertTrue(codes.contains("S82.872A"), codes.toString());
    }

    @Test
    void aPlafondFractureToldWithItsFragmentsIsAPilonFracture() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right distal tibia plafond fracture with a comminuted "
                + "anterior fragment.\n");
        assertTrue(codes.contains("S82.871A"), codes.toString());
    }

    @Test
    void aDistalTibiaFractureIsNoPilonFracture() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left distal tibia fracture.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S82.87")), codes.toString());
    }
}
