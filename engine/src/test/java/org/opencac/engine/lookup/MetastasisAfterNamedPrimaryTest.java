package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Metastatic {primary} to {site}": the primary is coded, and the site after the forward phrase is the
 * secondary site (Neoplasm table, secondary column), as in "metastatic to {site}".
 */
class MetastasisAfterNamedPrimaryTest {

    @Test
    void aMelanomaMetastaticToGroinNodesCodesTheNodesAsSecondary() {
        CodingResult r = outpatient("Assessment:\n1. Metastatic melanoma to the inguinal lymph nodes, for surgery.");
        assertSuggested(r, "C77.4", 3);
        assertSuggested(r, "C43.9", 3);
    }

    @Test
    void aBreastCancerMetastaticToTheLiverCodesTheLiverNotTheBreastAsSecondary() {
        CodingResult r = outpatient("Assessment:\n1. Metastatic breast cancer to the liver, on chemotherapy.");
        assertSuggested(r, "C78.7", 4);
        assertNotSuggested(r, "C79.81");
    }

    @Test
    void aSiteInTheNextClauseIsNoSecondarySite() {
        CodingResult r = outpatient("Assessment:\n1. Metastatic melanoma; the liver in the scan was normal.");
        assertNotSuggested(r, "C78.7");
    }
}
