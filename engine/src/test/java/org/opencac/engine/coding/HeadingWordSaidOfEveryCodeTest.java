package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A word of the heading a code sits under is said of the code even where its own title leaves it out: it documents
 * no sibling that only repeats it. A heading joining conditions ("... and ...") says each word of one of them only.
 */
class HeadingWordSaidOfEveryCodeTest {

    @Test
    void acuteOfTheCategoryKeepsTheStElevationInfarction() {
        CodingResult r = outpatient("Impression:\n1. Acute ST-elevation myocardial infarction treated today.");
        assertSuggested(r, "I21.3", 1);
        assertNotSuggested(r, "I21.9");
    }

    @Test
    void aWordOfAJoinedHeadingStillDocumentsNothingElse() {
        CodingResult r = outpatient("Assessment:\n1. Undescended testis on the right side, seen today.");
        assertNotSuggested(r, "Q53.01");
    }
}
