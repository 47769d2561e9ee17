package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A forearm flexor injury whose clause names no digit is of the forearm's other flexors (S56.2-), not of the
 * thumb's flexor at forearm level (S56.0-); a clause naming the thumb keeps the thumb's code.
 */
class ForearmFlexorNotThumbTest {

    @Test
    void aForearmFlexorLacerationNamingNoDigitIsOfTheOtherFlexors() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Laceration of a flexor tendon of the left forearm from "
                + "broken glass.\n");
        assertTrue(codes.contains("S56.222A"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S56.0")), codes.toString());
    }

    @Test
    void aThumbFlexorLacerationKeepsTheThumb() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left thumb flexor tendon laceration at the forearm.\n");
        assertTrue(codes.contains("S56.022A"), codes.toString());
    }

    @Test
    void aNamedFingerKeepsItsOwnCode() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Laceration of the left index finger on a kitchen knife.\n");
        assertTrue(codes.contains("S61.211A"), codes.toString());
    }
}
