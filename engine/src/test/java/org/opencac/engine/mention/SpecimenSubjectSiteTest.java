package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A morphology of no stated site that a biopsy of a named site shows is coded at that site, however many words
 * stand between the biopsy and the morphology; a site adjective alone names its organ's row of the Table of
 * Neoplasms. Sentences are our own.
 */
class SpecimenSubjectSiteTest {

    @Test
    void aMorphologyFoundInABiopsyIsCodedAtTheBiopsiedSite() {
        CodingResult r = outpatientChecked("FINDINGS:\nProstate biopsy found five cores heavily taken over by a "
                + "Gleason 7 adenocarcinoma.\n");
        assertSuggested(r, "C61", 3);
        assertNotSuggested(r, "C80.1");
    }

    @Test
    void aSiteAdjectiveBeforeTheBiopsyNamesTheOrgan() {
        assertSuggested(outpatientChecked("FINDINGS:\nProstatic biopsy revealed adenocarcinoma.\n"), "C61", 3);
    }

    @Test
    void aBodyPartOfAnotherClauseIsNotTheBiopsySite() {
        CodingResult r = outpatientChecked("FINDINGS:\nThe prostate was enlarged, and a biopsy of a skin nodule of "
                + "the back found a poorly differentiated carcinoma.\n");
        assertNotSuggested(r, "C61");
    }

    @Test
    void aMetastasisFoundInALymphNodeBiopsyIsCodedAtThatNodeGroup() {
        CodingResult r = outpatientChecked("FINDINGS:\nA left axillary lymph node biopsy was done and the pathologist "
                + "reported a metastasis of a poorly differentiated tumor.\n");
        assertSuggested(r, "C77.3", 3);
        assertNotSuggested(r, "C79.9");
    }
}
