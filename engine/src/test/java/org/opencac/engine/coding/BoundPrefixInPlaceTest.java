package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A title's "Non-" or ordinal ("third trimester") is documented only before the word it is said of, not by another
 * name's prefix or a count of something else.
 */
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

    @Test
    void anOrdinalCountingSomethingElseDocumentsNoTrimester() {
        CodingResult r = outpatient("Assessment:\n1. Preeclampsia in a pregnant woman; this is her third child.");
        assertNotSuggested(r, "O14.93");
    }

    @Test
    void anOrdinalBeforeTrimesterStillSelectsTheTrimester() {
        assertSuggested(outpatient("Assessment:\n1. Preeclampsia in the third trimester of pregnancy."), "O14.93", 3);
    }
}
