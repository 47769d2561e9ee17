package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A breast cancer of no subsite takes the quadrant of the lump coded beside it (team-written notes). */
class NeoplasmSiteFromFindingCodeTest {

    @Test
    void breastCancerTakesTheQuadrantOfItsLump() {
        List<String> codes = outpatientCodes("HISTORY: She found a firm lump of the left breast,"
                + " lower inner quadrant, last month.\n"
                + "ASSESSMENT: Invasive ductal carcinoma of the left breast, on core biopsy.\n");
        assertTrue(codes.contains("C50.312"), codes.toString());
        assertFalse(codes.contains("C50.912"), codes.toString());
    }

    @Test
    void lumpOfNoQuadrantLeavesTheSiteUnspecified() {
        List<String> codes = outpatientCodes("HISTORY: She found a firm lump of the left breast last month.\n"
                + "ASSESSMENT: Invasive ductal carcinoma of the left breast, on core biopsy.\n");
        assertTrue(codes.contains("C50.912"), codes.toString());
    }

    @Test
    void lumpOfTheOtherBreastGivesNoQuadrant() {
        List<String> codes = outpatientCodes("HISTORY: She found a firm lump of the right breast,"
                + " upper outer quadrant, last month.\n"
                + "ASSESSMENT: Invasive ductal carcinoma of the left breast, on core biopsy.\n");
        assertTrue(codes.contains("C50.912"), codes.toString());
    }
}
