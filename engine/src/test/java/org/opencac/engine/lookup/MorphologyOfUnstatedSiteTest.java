package org.opencac.engine.lookup;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A tumour whose Index entry gives the code of its usual site for "unspecified site" (neuroblastoma, the adrenal
 * gland; medulloblastoma, the cerebellum) is coded there, and the side the note names refines it
 * (team-written sentences).
 */
class MorphologyOfUnstatedSiteTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void aNeuroblastomaOfANamedAdrenalGlandIsCodedOnThatSide() {
        CodingResult r = code("ASSESSMENT:\n1. Neuroblastoma of the right adrenal gland, on chemotherapy.\n2. Mucosal candidiasis.\n");
        assertSuggested(r, "C74.91", 1);
        assertNotSuggested(r, "C74.90");
    }

    @Test
    void aMedulloblastomaNamedAloneIsCodedAtItsUsualSite() {
        assertSuggested(code("ASSESSMENT: Medulloblastoma, for the next cycle of chemotherapy."), "C71.6", 2);
    }
}
