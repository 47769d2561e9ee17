package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tear told at one part of a ligament ("of the femoral attachment of", "of the tibial insertion of") is a tear of
 * the ligament: the words naming where along it the tear lies are read through inside the term.
 */
class TearAtALigamentsAttachmentTest {

    @Test
    void aTearAtTheFemoralAttachmentIsATearOfTheLigament() {
        List<String> codes = outpatientCodes("IMPRESSION: Complete tear of the femoral attachment of the "
                + "anterior cruciate ligament of the right knee.");
        assertTrue(codes.contains("S83.511A"), codes.toString());
    }

    @Test
    void aTearAtTheInsertionIsATearOfTheLigament() {
        List<String> codes = outpatientCodes("ASSESSMENT: Partial tear of the tibial insertion of the posterior "
                + "cruciate ligament, left knee, after a fall from a ladder.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S83.52")), codes.toString());
    }

    @Test
    void aBonePartNotFollowedByOfKeepsItsWords() {
        List<String> codes = outpatientCodes("ASSESSMENT: Tear of the femoral artery graft.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S83")), codes.toString());
    }
}
