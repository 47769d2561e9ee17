package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cramping of the periods is dysmenorrhea (N94.6), not a cramp of a limb muscle (R25.2). A lateral slip of a
 * vertebra is a spondylolisthesis (M43.1-) and a spinal instability is M53.2-; both are coded by the region the
 * level written beside them names, as the Tabular titles print the region. A curvature written from a level of
 * one region to a level of the next lies in the junction region the titles print for both.
 */
class MenstrualCrampsAndSpinalSlipsByRegionTest {

    @Test
    void menstrualCrampingIsDysmenorrheaNotAMuscleCramp() {
        List<String> codes = outpatientCodes("ASSESSMENT: Menstrual cramping each month.\n");
        assertTrue(codes.contains("N94.6"), codes.toString());
        assertFalse(codes.contains("R25.2"), codes.toString());
    }

    @Test
    void aMuscleCrampStaysACramp() {
        List<String> codes = outpatientCodes("ASSESSMENT: Calf muscle cramps at night after running.\n");
        assertFalse(codes.contains("N94.6"), codes.toString());
    }

    @Test
    void laterolisthesisAtALumbarLevelIsALumbarSpondylolisthesis() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Laterolisthesis at L3-L4.\n");
        assertTrue(codes.contains("M43.16"), codes.toString());
    }

    @Test
    void spinalInstabilityAtALevelTakesItsRegion() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Spinal instability, L2-L3.\n");
        assertTrue(codes.contains("M53.2X6"), codes.toString());
        assertFalse(codes.contains("M53.2X9"), codes.toString());
    }

    @Test
    void spinalInstabilityAtACervicalLevelIsCervical() {
        List<String> codes = outpatientCodes("IMPRESSION: Spinal instability at C4-C5.\n");
        assertTrue(codes.contains("M53.2X2"), codes.toString());
    }

    @Test
    void aCurvatureSpanningTwoRegionsIsOfTheirJunctionRegion() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Neuromuscular scoliosis from T4 to L3.\n");
        assertTrue(codes.contains("M41.45"), codes.toString());
    }

    @Test
    void aCurvatureWithinOneRegionIsOfThatRegion() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Neuromuscular scoliosis from T2 to T11.\n");
        assertTrue(codes.contains("M41.44"), codes.toString());
    }

    @Test
    void levelsOfTwoRegionsListedApartAreNoSpan() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Neuromuscular scoliosis, worst at T4, and L3.\n");
        assertFalse(codes.contains("M41.45"), codes.toString());
    }
}
