package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ankle and the calf are parts of the lower limb, under which the Index prints their ulcers ("Ulcer, lower
 * limb, ankle" L97.3-): "Ulcer, chronic, see Ulcer, skin" walks on through the skin's "lower limb" subterm to the
 * ankle, and is no ulcer of the skin of another site (L98.49-).
 */
class AnkleUlcerSiteTest {

    @Test
    void aChronicAnkleUlcerIsAnUlcerOfTheAnkle() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic ulcer of the left ankle.\n");
        assertTrue(codes.contains("L97.329"), codes.toString());
        assertFalse(codes.contains("L98.499"), codes.toString());
    }

    @Test
    void anAnkleUlcerOfNoOtherWordKeepsTheAnkleAndItsSide() {
        List<String> codes = outpatientCodes("ASSESSMENT: Right ankle ulcer.\n");
        assertTrue(codes.contains("L97.319"), codes.toString());
    }

    @Test
    void aCalfUlcerIsAnUlcerOfTheCalf() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic ulcer of the right calf.\n");
        assertTrue(codes.contains("L97.219"), codes.toString());
    }
}
