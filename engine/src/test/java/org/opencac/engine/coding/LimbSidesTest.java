package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A side-and-limb abbreviation (RLE, LUE, BLE) is read as the Tabular writes the side and the limb. */
class LimbSidesTest {

    @Test
    void aSideAndLimbAbbreviationIsWrittenOutInAnyCase() {
        assertEquals("clot in the left lower extremity, swelling of right upper extremity",
                LimbSides.writtenOut("clot in the LLE, swelling of rue"));
    }

    @Test
    void aWordOnlyContainingTheLettersIsLeftAsItIs() {
        String text = "the rules were clear and the players agreed";
        assertSame(text, LimbSides.writtenOut(text));
    }

    @Test
    void aClotOfTheLeftLowerExtremityAbbreviatedTakesTheLeftSidedCode() {
        List<String> codes = outpatientCodes("IMPRESSION: Deep vein thrombosis of the LLE, anticoagulated today.\n");
        assertTrue(codes.contains("I82.402"), codes.toString());
    }
}
