package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon rows: neuromuscular dysphagia is neurogenic (R13.19); a cerebrovascular event is a stroke (team-written). */
class NeuromuscularDysphagiaAndCerebrovascularEventTest {

    @Test
    void neuromuscularDysphagiaIsOtherDysphagia() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Neuromuscular dysphagia.\n");
        assertTrue(codes.contains("R13.19"), codes.toString());
        assertFalse(codes.contains("R13.10"), codes.toString());
    }

    @Test
    void anAcuteCerebrovascularEventIsAStroke() {
        List<String> codes = outpatientCodes("ASSESSMENT: Acute cerebrovascular event with right-sided weakness.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("I63")), codes.toString());
    }
}
