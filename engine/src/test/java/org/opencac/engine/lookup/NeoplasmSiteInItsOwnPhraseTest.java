package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A word sending the coder to the Table of Neoplasms ("tumor", "carcinoma") takes its site from its own noun
 * phrase: a site word before it up to a determiner or a break, or one a link ("of", "in", "involving") puts
 * after it. A site across a verb, an "and" joining another noun, or an imaging study's name is another
 * structure's. Sentences are our own.
 */
class NeoplasmSiteInItsOwnPhraseTest {

    @Test
    void aSiteNamingTheImagingStudyIsNotTheTumorsSite() {
        CodingResult r = outpatientChecked("FINDINGS:\nThe pelvic CT scan obtained yesterday depicted an oval tumor.\n");
        assertNotSuggested(r, "D49.89");
    }

    @Test
    void aSiteJoinedByAndToAnotherNounIsNotTheTumorsSite() {
        CodingResult r = outpatientChecked("HISTORY:\nExamination of the posterior fossa and a tumor nearby "
                + "were reviewed with the family.\n");
        assertNotSuggested(r, "D49.6");
    }

    @Test
    void aSiteAcrossAVerbAfterTheTumorIsNotItsSite() {
        CodingResult r = outpatientChecked("FINDINGS:\nThe tumor lies close to the pleural surface without "
                + "reaching it.\n");
        assertNotSuggested(r, "D49.1");
    }

    @Test
    void aSiteInTheTumorsOwnPhraseIsStillRead() {
        assertSuggested(outpatientChecked("IMPRESSION:\nPelvic tumor, for imaging.\n"), "D49.89", 3);
        assertSuggested(outpatientChecked("IMPRESSION:\nTumor of the posterior fossa, for resection.\n"), "D49.6", 3);
        assertSuggested(outpatientChecked("IMPRESSION:\nA large tumor in the left kidney.\n"), "D49.512", 3);
        assertSuggested(outpatientChecked("IMPRESSION:\nTumor, left kidney.\n"), "D49.512", 3);
    }

    @Test
    void aSecondNeoplasmWordJoinedByAndSharesTheLinkedSite() {
        assertSuggested(outpatientChecked("DIAGNOSIS:\nMultiple brain lesions: adenocarcinoma and metastasis "
                + "from the breast.\n"), "C50.919", 3);
    }

    @Test
    void aTumorOccludingAnAirwayLiesInIt() {
        assertSuggested(outpatientChecked("POSTOPERATIVE DIAGNOSIS:\nTumor occluding the right main bronchus.\n"),
                "D49.1", 3);
    }
}
