package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;

/** A negating prefix before a word an Index path reads says that word's condition is absent (team-written). */
class PrefixNegatedSubtermTest {

    @Test
    void aNonVascularLesionIsNoVascularDisorder() {
        assertNotSuggested(inpatient("Histology: non vascular lesions with a few small lymphatic channels."), "I99.9");
    }

    @Test
    void theHyphenatedPrefixSaysTheSame() {
        assertNotSuggested(inpatient("Histology: non-vascular lesions with a few small lymphatic channels."), "I99.9");
    }
}
