package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The hallux is the great toe: the Index walk reads it as "toe" (Osteomyelitis, chronic, toe), so a condition of
 * the hallux reaches the code of the foot it belongs to, with its side (Guidelines I.A.9, I.B.13).
 */
class GreatToeByItsLatinNameTest {
    @Test
    void osteomyelitisOfASidedHalluxIsOfThatAnkleAndFoot() {
        CodingResult r = outpatient("Impression: chronic osteomyelitis in her right hallux, on oral antibiotics.");
        assertSuggested(r, "M86.671", 3);
        assertNotSuggested(r, "M86.60");
    }
}
