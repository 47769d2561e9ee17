package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Of two codes whose notes exclude each other, one read from a longer dictionary term and the other only from
 * the words of that term without its qualifier, written elsewhere in the note, the longer term names the
 * condition more fully: passing loss of sight in one eye is amaurosis fugax (G45.3), which the blindness of one
 * eye (H54.4-) excludes, not a lasting blindness.
 */
class LongerTermOverItsShorterWordsTest {

    @Test
    void episodicMonocularBlindnessKeepsAmaurosisFugax() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Episodic monocular blindness.\n"
                + "HISTORY: Over the past week she has had four spells of monocular blindness, each over within minutes.\n");
        assertTrue(codes.contains("G45.3"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("H54.4")), codes.toString());
    }
}
