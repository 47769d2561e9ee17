package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thrombosis of a dural venous sinus or a cerebral vein is the nonpyogenic thrombosis of the intracranial
 * venous system (I67.6), not a thrombosis of a vein of the trunk or limbs (I82.-) (team-written notes).
 */
class IntracranialVenousThrombosisLexiconTest {

    @Test
    void aNamedDuralSinusThrombosisIsTheIntracranialVenousThrombosis() {
        List<String> codes = outpatientCodes("IMPRESSION: Superior sagittal sinus thrombosis without infarct.\n");
        assertTrue(codes.contains("I67.6"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I82")), codes.toString());
    }

    @Test
    void aCerebralVenousThrombosisIsCodedAsTheSinusOneIs() {
        List<String> codes = outpatientCodes("ASSESSMENT: Cerebral venous thrombosis, on anticoagulation.\n");
        assertTrue(codes.contains("I67.6"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I82")), codes.toString());
    }
}
