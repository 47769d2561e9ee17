package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A basal cell carcinoma with its site: the Index's "Carcinoma, basal cell (see also Neoplasm, skin, malignant)"
 * leads to the Neoplasm table's skin rows, and the morphology row under the site (or the Tabular code of the
 * site's row with the morphology's words) gives the code, not "site unspecified" (team-written sentences).
 */
class SkinNeoplasmSiteTest {

    @Test
    void theSiteOfABasalCellCarcinomaSelectsItsSkinCode() {
        CodingResult lid = outpatient("Preoperative diagnosis: basal cell carcinoma of the right lower lid.");
        assertSuggested(lid, "C44.1122", 3);
        assertNotSuggested(lid, "C44.91");
        assertSuggested(outpatient("Diagnoses: 1. Basal cell carcinoma, left cheek."), "C44.319", 3);
        assertSuggested(outpatient("She has a basal cell carcinoma of the upper back."), "C44.519", 3);
        assertSuggested(outpatient("Biopsy showed basal cell carcinoma of the left forearm."), "C44.619", 3);
    }

    @Test
    void withoutASiteItStaysTheUnspecifiedSkinCode() {
        assertSuggested(outpatient("Biopsy showed basal cell carcinoma."), "C44.91", 3);
    }
}
