package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stones of the kidney are coded by organ, not by size: a microlithiasis of the kidney is N20.0 (team-written). */
class SmallKidneyStonesTest {

    @Test
    void aMicrolithiasisOfBothKidneysIsACalculusOfKidney() {
        List<String> codes = outpatientCodes("IMPRESSION: Ultrasound shows renal microlithiasis on both sides, no obstruction.\n");
        assertTrue(codes.contains("N20.0"), codes.toString());
    }
}
