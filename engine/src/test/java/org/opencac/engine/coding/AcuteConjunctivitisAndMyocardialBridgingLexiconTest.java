package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Curated terms that agree with the Index: acute conjunctivitis is the acute category H10.3- (its side read from
 * the note), not the unspecified conjunctivitis H10.9; myocardial bridging, a coronary artery running under heart
 * muscle, is a malformation of the coronary vessels Q24.5 (team-written notes).
 */
class AcuteConjunctivitisAndMyocardialBridgingLexiconTest {

    @Test
    void acuteConjunctivitisIsTheAcuteCategoryNotTheUnspecifiedOne() {
        List<String> codes = outpatientCodes("IMPRESSION: Acute conjunctivitis.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("H10.3")), codes.toString());
        assertFalse(codes.contains("H10.9"), codes.toString());
    }

    @Test
    void myocardialBridgingIsACoronaryVesselMalformation() {
        List<String> codes = outpatientCodes("CONCLUSION: Normal coronary arteries except for moderate myocardial"
                + " bridging of the proximal LAD.\n");
        assertTrue(codes.contains("Q24.5"), codes.toString());
    }
}
