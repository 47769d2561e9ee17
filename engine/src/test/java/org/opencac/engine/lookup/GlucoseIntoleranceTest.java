package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/**
 * "Glucose intolerance" in a problem list is the clinical name of impaired glucose tolerance (R73.02), not the
 * inherited glucose-galactose malabsorption the Index's Intolerance, glucose reaches (E74.39).
 */
class GlucoseIntoleranceTest {

    @Test
    void glucoseIntoleranceIsImpairedGlucoseToleranceNotAnIntestinalMalabsorption() {
        List<String> codes = Coded.outpatientCodes("ASSESSMENT:\n1. Glucose intolerance, diet advised.\n");
        assertTrue(codes.contains("R73.02"), codes.toString());
        assertFalse(codes.contains("E74.39"), codes.toString());
    }
}
