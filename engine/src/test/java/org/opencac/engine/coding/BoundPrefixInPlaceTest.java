package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** A title's "Non-" is documented only before the word it is said of, not by another name's prefix. */
class BoundPrefixInPlaceTest {

    @Test
    void anotherConditionsNonPrefixDocumentsNoNonStElevation() {
        CodingResult r = outpatient("Impression:\n1. A man with non-small-cell lung cancer and an acute "
                + "ST-elevation MI seen today.");
        assertNotSuggested(r, "I21.4");
    }

    @Test
    void aNonPrefixBeforeItsOwnWordStillSelectsTheSibling() {
        assertSuggested(outpatient("Impression:\n1. Acute non-ST-elevation MI seen today."), "I21.4", 3);
    }
}
