package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A subterm that restates its main term's own code ("Melanoma (malignant) C43.9", whose Tabular title is
 * malignant melanoma of skin, and its subterm "skin C43.9") is read through: the sites printed below it are
 * reached without the note writing "skin" (team-written sentences).
 */
class ImpliedSubtermTest {

    @Test
    void aMelanomaOfABodySiteTakesItsSkinSiteCode() {
        CodingResult back = outpatient("Assessment: Malignant melanoma of the upper back.");
        assertSuggested(back, "C43.59", 3);
        assertNotSuggested(back, "C43.9");
        assertSuggested(outpatient("Impression: melanoma of the left forearm, excised with clear margins."), "C43.62",
                3);
        assertSuggested(outpatient("Diagnosis: malignant melanoma of the scalp."), "C43.4", 3);
    }

    @Test
    void aMelanomaWithoutASiteStaysTheUnspecifiedSkinCode() {
        assertSuggested(outpatient("Assessment: Malignant melanoma, staging pending."), "C43.9", 3);
    }

    @Test
    void aSubtermTheTitleDoesNotSayStillNeedsItsWords() {
        // "Aneurysm" (unspecified site, I72.9) prints "arteriosclerotic I72.9": the title does not say it
        assertFalse(IndexWalker.says("Aneurysm of unspecified site", List.of("arteriosclerotic"), false));
        assertTrue(IndexWalker.says("Malignant melanoma of skin, unspecified", List.of("skin"), false));
        // a subterm listing forms of one word ("maxilla, maxillary") is said by any of them
        assertTrue(IndexWalker.says("Chronic maxillary sinusitis", List.of("maxilla", "maxillary"), true));
        assertFalse(IndexWalker.says("Unspecified cirrhosis of liver", List.of("liver", "alcoholic"), false));
    }
}
