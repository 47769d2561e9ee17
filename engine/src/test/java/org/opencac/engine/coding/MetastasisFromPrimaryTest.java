package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A metastasis from breast cancer" names the primary after "from": the metastasis is not a secondary of the
 * breast, and the side written before the metastasis is its site's, not the breast's.
 */
class MetastasisFromPrimaryTest {

    @Test
    void theWordsAfterFromAreThePrimarysOnly() {
        List<String> codes = outpatientCodes("PROCEDURE: Resection of a left frontal metastasis from breast cancer.\n");
        assertFalse(codes.contains("C79.81"), codes.toString());
        assertFalse(codes.contains("C50.912"), codes.toString());
        assertTrue(codes.contains("C50.919"), codes.toString());
    }

    @Test
    void aPrimaryWithItsOwnSideKeepsIt() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Cancer of the left breast with metastases to the liver.\n");
        assertTrue(codes.contains("C50.912"), codes.toString());
        assertTrue(codes.contains("C78.7"), codes.toString());
    }

    @Test
    void aSiteTumorWhoseHistologyIsAMetastasisFromAnotherPrimaryIsTheSecondaryOfThatSite() {
        // the brain's tumour is the spread of a lung primary: a secondary of the brain, never a brain primary
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Brain tumor - adenocarcinoma and metastasis"
                + " from lung.\n");
        assertFalse(codes.contains("C71.9"), codes.toString());
        assertTrue(codes.contains("C79.31"), codes.toString());
        assertTrue(codes.contains("C34.90"), codes.toString());
    }

    @Test
    void aLesionSetBesideAMetastasisFromAnotherPrimaryIsTheSecondaryOfItsSite() {
        // the comma sets the metastasis beside the lesion: the lesion is that metastasis, the liver its site
        List<String> codes = outpatientCodes("IMPRESSION: Hepatic lesion, metastasis from rectal cancer.\n");
        assertTrue(codes.contains("C78.7"), codes.toString());
        assertTrue(codes.contains("C20"), codes.toString());
        assertFalse(codes.contains("C79.9"), codes.toString());
    }

    @Test
    void aBoneTumorSetBesideAMetastasisFromAnotherPrimaryIsNoBonePrimary() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Bone tumor - metastasis from renal cell carcinoma.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("C79.5")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("C40") || c.startsWith("C41")), codes.toString());
        assertFalse(codes.contains("C79.9"), codes.toString());
    }

    @Test
    void theWordsAfterFromAfterTheSecondarySiteAreNoSecondarySite() {
        // "to the lung" is the secondary site; the colon after "from" is the primary, never a secondary
        List<String> codes = outpatientCodes("ASSESSMENT: Adenocarcinoma metastatic to the lung from the colon.\n");
        assertTrue(codes.contains("C78.00"), codes.toString());
        assertFalse(codes.contains("C78.5"), codes.toString());
    }

    @Test
    void anotherMentionOfTheMetastasisIsLentNoSiteFromThePrimarysWords() {
        // the bare "metastases" of the plan reads the statement of the operation, but only its secondary's side
        List<String> codes = outpatientCodes("PROCEDURE: Excision of a left occipital metastasis from breast cancer.\n"
                + "PLAN: The smaller metastases will be treated with radiosurgery.\n");
        assertFalse(codes.contains("C79.81"), codes.toString());
        assertTrue(codes.contains("C50.919"), codes.toString());
    }

    @Test
    void bleedingFromASiteStillTakesTheSite() {
        List<String> codes = outpatientCodes("ASSESSMENT: Bleeding from the rectum for two days.\n");
        assertTrue(codes.contains("K62.5"), codes.toString());
    }
}
