package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/** A toe named by its number is one of the Tabular's lesser toes, so it selects the lesser toe code. */
class LesserToeWordsTest {

    @Test
    void aLacerationOfANumberedToeIsOfALesserToe() {
        var r = outpatient("ASSESSMENT: Laceration of the left second toe.");
        assertSuggested(r, "S91.115A", 3);
        assertNotSuggested(r, "S91.119A");
    }

    @Test
    void aNumberedDigitOfTheFootIsALesserToe() {
        assertSuggested(outpatient("ASSESSMENT: Laceration of the right fourth digit of the foot."), "S91.114A", 3);
    }

    @Test
    void aNumberedDigitOfTheHandStaysAFinger() {
        var r = outpatient("ASSESSMENT: Laceration of the right fourth digit of the hand.");
        assertNotSuggested(r, "S91.114A");
        assertNotSuggested(r, "S91.119A");
    }
}
