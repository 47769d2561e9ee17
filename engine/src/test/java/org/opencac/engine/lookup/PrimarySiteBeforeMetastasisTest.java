package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A site that a neoplasm word follows names that neoplasm's primary site: a metastasis said after it ("lung
 * cancer, stage IV metastatic disease") does not read it as the site of the metastases (team-written sentences).
 */
class PrimarySiteBeforeMetastasisTest {

    @Test
    void thePrimarysSiteIsNoSecondarySite() {
        CodingResult r = outpatient("Assessment: Newly diagnosed lung cancer stage IV metastatic disease, for "
                + "chemotherapy.");
        assertSuggested(r, "C34.90", 3);
        assertNotSuggested(r, "C78.00");
    }

    @Test
    void aSiteWrittenWithTheMetastasisStaysTheSecondarySite() {
        assertSuggested(outpatient("Assessment: CT shows liver metastatic disease."), "C78.7", 3);
    }
}
