package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A fracture of a region "part unspecified" (S42.9- shoulder girdle) that the same words say is a fracture of a part
 * the category names (S42.2- upper end of humerus) is that one fracture (Guidelines I.C.19.b: the most specific
 * injury documented); a region fracture told apart from the part's stays.
 */
class RegionFractureToldAsItsPartTest {

    @Test
    void aShoulderFractureToldAsAHumerusFractureIsThatFracture() {
        CodingResult r = outpatient("ASSESSMENT:\n1. Fall with injuries to her left arm and left hip.  Her left shoulder"
                + " fracture proves to be an impacted left proximal humerus fracture and her left hip shows a femoral neck"
                + " fracture.\n");
        assertTrue(NoteAssert.codes(r).contains("S42.202A"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("S42.92XA"), NoteAssert.codes(r).toString());
    }

    @Test
    void aShoulderFractureOfTheOtherSideStaysItsOwn() {
        CodingResult r = outpatient("ASSESSMENT:\n1. Right shoulder fracture.\n2. Left proximal humerus fracture.\n");
        assertTrue(NoteAssert.codes(r).contains("S42.202A"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("S42.91XA"), NoteAssert.codes(r).toString());
    }
}
