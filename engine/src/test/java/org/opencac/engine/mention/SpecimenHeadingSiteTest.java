package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A pathology diagnosis written after its specimen heading ("Organ, site, procedure: morphology") takes its site
 * from the heading, as a coder reads it. Sentences are our own.
 */
class SpecimenHeadingSiteTest {

    @Test
    void aMorphologyAfterItsSpecimenHeadingIsCodedAtTheHeadingsSite() {
        assertSuggested(outpatientChecked("FINAL DIAGNOSIS:\n1. Lung, right upper lobe, wedge resection: "
                + "Adenocarcinoma, well "
                + "differentiated.\n"), "C34.11", 3);
        assertSuggested(outpatientChecked("FINAL DIAGNOSIS:\n1. Colon, sigmoid, biopsy: Invasive adenocarcinoma.\n"),
                "C18.7", 3);
    }

    @Test
    void aMetastasisAfterALymphNodeHeadingIsCodedAtThatNodeGroup() {
        CodingResult r = outpatientChecked("FINAL DIAGNOSIS:\nA. Lymph node, left axillary, excision: "
                + "Metastatic ductal carcinoma.\n");
        assertSuggested(r, "C77.3", 3);
        assertNotSuggested(r, "C79.9");
        assertNotSuggested(r, "C79.89");   // the soft-tissue row "axilla" is not the node group the heading names
        assertSuggested(outpatientChecked("FINAL DIAGNOSIS:\nB. Lymph nodes, right neck, dissection: Metastatic "
                + "carcinoma in two of nine.\n"), "C77.0", 3);
    }

    @Test
    void aBodyPartOutsideAHeadingLeavesAMetastasisOfNoNamedSite() {
        // the lung is the primary here, not where the metastasis is
        CodingResult r = outpatientChecked("ASSESSMENT:\nLung cancer with metastasis, on palliative care.\n");
        assertSuggested(r, "C79.9", 5);
        assertNotSuggested(r, "C78.00");
    }

    @Test
    void aLobeOfTheHeadingIsReadBeforeARowThatOnlySharesTheOrgan() {
        CodingResult r = outpatientChecked("FINAL DIAGNOSIS:\n1. Lung, left lower lobe, wedge resection: "
                + "Adenocarcinoma.\n");
        assertSuggested(r, "C34.32", 3);
        assertNotSuggested(r, "C34.12");   // the row "lingula, lung" shares only the organ word
    }

    @Test
    void aHeadingThatNamesAConditionIsAStatementNotASpecimen() {
        CodingResult r = outpatientChecked("FINAL DIAGNOSIS:\n1. Abscess of the right lung: adenocarcinoma, well "
                + "differentiated.\n");
        assertNotSuggested(r, "C34.91");
        assertNotSuggested(r, "C34.11");
    }
}
