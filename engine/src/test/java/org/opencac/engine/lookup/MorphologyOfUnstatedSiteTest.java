package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A tumour whose Index entry gives the code of its usual site for "unspecified site" (neuroblastoma, the adrenal
 * gland; medulloblastoma, the cerebellum) is coded there, and the side the note names refines it
 * (team-written sentences).
 */
class MorphologyOfUnstatedSiteTest {

    @Test
    void aNeuroblastomaOfANamedAdrenalGlandIsCodedOnThatSide() {
        CodingResult r = outpatient("ASSESSMENT:\n1. Neuroblastoma of the right adrenal gland, on chemotherapy.\n2."
                + " Mucosal candidiasis.\n");
        assertSuggested(r, "C74.91", 1);
        assertNotSuggested(r, "C74.90");
    }

    @Test
    void aMedulloblastomaNamedAloneIsCodedAtItsUsualSite() {
        assertSuggested(outpatient("ASSESSMENT: Medulloblastoma, for the next cycle of chemotherapy."), "C71.6", 2);
    }
}
