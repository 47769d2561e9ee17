package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Stress" naming a cardiac stress test is no life stress (Z73.3), however the Index reading was reached; a stress the
 * patient lives with is.
 */
class StressTestIsNoLifeStressTest {

    @Test
    void theStressOfAStressTestCodesNoLifeStress() {
        List<String> codes = outpatientCodes(
                "PLAN: He will see the physician who attended the stress test next week.\n");
        assertFalse(codes.contains("Z73.3"), codes.toString());
    }

    @Test
    void aLifeStressIsCoded() {
        List<String> codes = outpatientCodes("ASSESSMENT: Life stress, counseling offered.\n");
        assertTrue(codes.contains("Z73.3"), codes.toString());
    }
}
