package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Index sends an epidural bleed to the skull by default (S06.4-, nontraumatic I62.1); one the sentence calls
 * spinal lies in the spinal canal and is not coded as the skull's.
 */
class SpinalEpiduralBleedTest {

    @Test
    void aSpinalEpiduralBleedIsNoIntracranialOne() {
        List<String> codes = outpatientCodes("ASSESSMENT: Spontaneous spinal epidural hemorrhage at the T4 level.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I62.1") || c.startsWith("S06.4")), codes.toString());
    }

    @Test
    void aParietalEpiduralHematomaStaysIntracranial() {
        List<String> codes = outpatientCodes("ASSESSMENT: Left parietal epidural hematoma.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S06.4")), codes.toString());
    }
}
