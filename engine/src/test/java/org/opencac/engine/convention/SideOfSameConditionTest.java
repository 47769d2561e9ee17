package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One condition whose side one statement gives and whose kind another gives is coded once (team-written). */
class SideOfSameConditionTest {

    @Test
    void aSidedTearAndAPartialTearOfNoSideAreThePartialTearOfThatSide() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Rotator cuff tear, right.\n"
                + "POSTOPERATIVE DIAGNOSIS: Partial rotator cuff tear.\n"
                + "PROCEDURE: Arthroscopic repair. The shoulder was prepped and draped.\n");
        assertTrue(codes.contains("M75.111"), codes.toString());
        assertFalse(codes.contains("M75.101"), codes.toString());
        assertFalse(codes.contains("M75.110"), codes.toString());
    }

    @Test
    void aTearToldByThePercentOfTheTendonIsIncomplete() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Forty percent rotator cuff tear.\n");
        assertTrue(codes.contains("M75.110"), codes.toString());
    }
}
