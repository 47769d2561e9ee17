package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Unconsciousness told as transient or brief is a loss of consciousness that passed (Index: Loss, consciousness,
 * transient R55), not the coma of R40.20 (trigger_senses.tsv). Sentences are our own.
 */
class TransientUnconsciousnessIsNoComaTest {

    @Test
    void briefUnconsciousnessAtAFallIsNoComa() {
        CodingResult r = outpatientChecked("HISTORY:\nShe slipped on the stairs at home and was briefly unconscious."
                + " She now has low back pain.\n");
        assertNotSuggested(r, "R40.20");
    }

    @Test
    void unconsciousnessNotToldAsPassingIsStillCoded() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nThe patient is unconscious and does not respond to pain.\n");
        assertSuggested(r, "R40.20", 10);
    }
}
