package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Ulcer, foot, see Ulcer, lower limb" leads to the subterm "foot specified NEC" (L97.5-): a foot ulcer is
 * the foot's, not the unspecified part of the lower leg (L97.9-); the heel keeps its own subterm.
 */
class FootUlcerSiteTest {

    @Test
    void aRightFootUlcerIsAnUlcerOfTheFoot() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic ulcer of the right foot.\n");
        assertTrue(codes.contains("L97.519"), codes.toString());
    }

    @Test
    void aDiabeticFootUlcerIsTheFootUlcerCombination() {
        List<String> codes = outpatientCodes("ASSESSMENT: Type 2 diabetes mellitus with a left foot ulcer.\n");
        assertTrue(codes.contains("E11.621"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("L97.52")), codes.toString());
    }

    @Test
    void aHeelUlcerKeepsTheHeel() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic ulcer of the right heel.\n");
        assertTrue(codes.contains("L97.419"), codes.toString());
    }

    @Test
    void aLowerLegUlcerStaysTheLowerLeg() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic ulcer of the right lower leg.\n");
        assertTrue(codes.contains("L97.919"), codes.toString());
    }
}
