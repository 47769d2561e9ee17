package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phalanx fracture written without its digit is the phalanx of the digit its sentence names: one in a sentence
 * about a toe is not a thumb's or a finger's (S62.5-, S62.6-); a sentence that names a thumb keeps the thumb's.
 */
class PhalanxOfTheDigitItsSentenceNamesTest {

    @Test
    void aPhalanxFractureInASentenceAboutTheToeIsNoThumbFracture() {
        List<String> codes = outpatientCodes("The right great toe was treated.  Next we moved to the right great toe, "
                + "where a reduction of the proximal phalanx fracture was done with buddy taping.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S62.5") || c.startsWith("S62.6")), codes.toString());
    }

    @Test
    void aThumbPhalanxFractureKeepsTheThumb() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Fracture of the proximal phalanx of the left thumb.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S62.51")), codes.toString());
    }
}
