package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A lump of a breast whose side the clause writes takes that breast's code even where the quadrant is not written
 * ("Unspecified lump in the left breast, unspecified quadrant"): the quadrant word is the Tabular's, its position
 * words are what a note must write (Guidelines I.B.13).
 */
class BreastLumpOfAStatedSideTest {
    @Test
    void aMassOfTheLeftBreastIsTheLeftBreastsLump() {
        var r = outpatient("Assessment: firm mass of the left breast, imaging ordered.");
        assertSuggested(r, "N63.20", 3);
        assertNotSuggested(r, "N63.0");
    }

    @Test
    void aBreastLumpWithItsSideWrittenAfterIsThatBreastsLump() {
        assertSuggested(outpatient("Assessment: breast lump, right side, for mammogram."), "N63.10", 3);
    }

    @Test
    void aBreastLumpOfNoSideStaysUnspecified() {
        assertSuggested(outpatient("Assessment: breast lump, for mammogram."), "N63.0", 3);
    }
}
