package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X rather than Y": the condition set aside after the cue is not the patient's (team-written). */
class RatherThanSetsAsideTest {

    @Test
    void theConditionAfterRatherThanIsNotCodedAndTheOneBeforeIs() {
        List<String> codes = outpatientCodes("ASSESSMENT: Her cough is due to reflux rather than asthma.\n");
        assertTrue(codes.contains("K21.9"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("J45")), codes.toString());
    }

    @Test
    void aSiteBeforeRatherThanIsNotReadIntoTheConditionAfterIt() {
        // the wrist words name the synovitis found, not a ganglion of the wrist
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Synovitis of the wrist rather than a "
                + "ganglion.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M67.4")), codes.toString());
    }
}
