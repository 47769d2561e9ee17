package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A site where a carcinoma hardly ever arises (bone, brain, lymph nodes, the serous membranes: the Index's
 * list of sites "coded as secondary when described as metastatic unless otherwise specified"), written between
 * "metastatic" and a neoplasm word, is the secondary site; another site there names the primary
 * ("metastatic colon cancer"). Team-written sentences.
 */
class MetastaticSiteOfNoPrimaryCarcinomaTest {

    @Test
    void metastaticBoneCancerIsASecondaryNeoplasmOfBone() {
        CodingResult r = outpatient("Assessment: Known metastatic bone carcinoma, on pain control.");
        assertSuggested(r, "C79.51", 3);
        assertNotSuggested(r, "C41.9");
    }

    @Test
    void metastaticBrainTumorIsASecondaryNeoplasmOfBrain() {
        CodingResult r = outpatient("Assessment: Metastatic brain tumor, seen by radiation oncology.");
        assertSuggested(r, "C79.31", 3);
        assertNotSuggested(r, "D49.6");
    }

    @Test
    void metastaticLymphNodeCancerIsASecondaryNeoplasmOfNodes() {
        assertSuggested(outpatient("Assessment: Metastatic lymph node cancer, primary unknown."), "C77.9", 3);
    }

    @Test
    void anotherSiteAfterMetastaticStaysThePrimary() {
        CodingResult r = outpatient("Assessment: Metastatic colon cancer, on chemotherapy.");
        assertSuggested(r, "C18.9", 3);
        assertNotSuggested(r, "C78.5");
    }
}
