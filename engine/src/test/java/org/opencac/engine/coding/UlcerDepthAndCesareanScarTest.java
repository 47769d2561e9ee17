package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

class UlcerDepthAndCesareanScarTest {
    @Test
    void aFullThicknessPressureUlcerIsStageThreeOfItsWrittenSite() {
        List<String> codes = outpatientCodes("Impression: Decubitus ulcer of the sacrum, full thickness with slough at the base.");
        assertTrue(codes.contains("L89.153"), codes.toString());
        codes = outpatientCodes("Impression: Coccyx pressure sore, full-thickness skin loss.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("L89.") && c.endsWith("3")), codes.toString());
    }

    @Test
    void aPartialThicknessPressureUlcerIsStageTwoOfItsWrittenSideAndSite() {
        List<String> codes = outpatientCodes("Impression: Pressure ulcer of the left heel, partial thickness, clean base.");
        assertTrue(codes.contains("L89.622"), codes.toString());
    }

    @Test
    void aRepeatCesareanReadsThroughItsIncisionWords() {
        List<String> codes = outpatientCodes("Plan: she is scheduled for a repeat low transverse cesarean section at 39 weeks.");
        assertTrue(codes.contains("O34.219"), codes.toString());
        codes = outpatientCodes("Plan: repeat classical cesarean delivery is planned.");
        assertTrue(codes.contains("O34.219"), codes.toString());
    }

    @Test
    void aPreviousLowTransverseScarTakesItsType() {
        List<String> codes = outpatientCodes("History: one prior low transverse cesarean for breech; plan trial of labor.");
        assertTrue(codes.contains("O34.211"), codes.toString());
        assertFalse(codes.contains("O34.219"), codes.toString());
    }
}
