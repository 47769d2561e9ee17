package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "With" is the Index's own connector and does not use up the words a main term reaches for its subterms, so a
 * "with" complication written after a site phrase is still read ("Varix, leg, right, with, ulcer, ankle").
 */
class WithSubtermBeyondASitePhraseTest {
    @Test
    void varicoseVeinsOfASidedLegWithAnUlcerOfTheCalfAreTheUlceratedVarix() {
        CodingResult r = outpatient("Assessment: varicose veins of the left leg with ulcer of the calf.");
        assertSuggested(r, "I83.022", 3);
        assertNotSuggested(r, "I83.92");
    }
}
