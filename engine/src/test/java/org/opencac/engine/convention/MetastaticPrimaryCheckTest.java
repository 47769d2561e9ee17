package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A primary malignancy called metastatic with no site of spread named is coded with a secondary malignant
 * neoplasm of unspecified site (Guidelines I.C.2); a named secondary site, or a spread taken back, adds nothing.
 * Sentences are our own.
 */
class MetastaticPrimaryCheckTest {

    @Test
    void aMetastaticCarcinomaOfANamedOrganAddsTheSecondaryOfUnspecifiedSiteRightAfterIt() {
        CodingResult r = outpatientChecked("Diagnosis: metastatic tongue carcinoma, here for a port.");
        assertSuggested(r, "C02.9", 1);
        assertSuggested(r, "C79.9", 2);
    }

    @Test
    void theSpreadWordAfterACommaSaysItToo() {
        assertSuggested(outpatientChecked("Diagnoses:\n1. Prostate cancer, metastatic.\n2. Anemia.\n"), "C79.9", 3);
    }

    @Test
    void aNamedSecondarySiteIsTheSpreadAndNothingIsAdded() {
        CodingResult r = outpatientChecked("Diagnosis: metastatic tongue carcinoma with metastases to the liver.");
        assertSuggested(r, "C78.7", 3);
        assertNotSuggested(r, "C79.9");
    }

    @Test
    void aSpreadTakenBackAddsNothing() {
        assertNotSuggested(outpatientChecked("Diagnosis: non-metastatic tongue carcinoma."), "C79.9");
        assertNotSuggested(outpatientChecked("Diagnosis: tongue carcinoma, staging pending."), "C79.9");
    }

    @Test
    void theAddedCodeIsTheOneTheGuidelineNames() {
        assertEquals("C79.9", MetastaticPrimaryCheck.SECONDARY_UNSPECIFIED);
    }
}
