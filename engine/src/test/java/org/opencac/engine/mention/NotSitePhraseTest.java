package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A body-part word inside a morphology named after a cell ("small cell carcinoma") or inside a compound anatomy
 * name ("bladder neck", "neck of the femur") names no site of its own: the cell is no site of the carcinoma,
 * and the bladder's neck is no Mass, neck.
 */
class NotSitePhraseTest {

    @Test
    void aCellMorphologyIsNoSiteOfTheNeoplasm() {
        for (String morphology : new String[] {"small cell", "squamous cell", "clear cell", "germ cell"}) {
            CodingResult r = outpatientChecked("IMPRESSION: Biopsy confirmed a " + morphology + " carcinoma.\n");
            assertNotEquals("site_query", mention(r, "carcinoma").reason(),
                    () -> morphology + ": " + mention(r, "carcinoma").explanation());
            assertFalse(r.queries().stream().anyMatch(q -> q.missing().equals("site")), morphology);
        }
    }

    @Test
    void theNeckOfAnOrganIsNotTheNeck() {
        assertNotSuggested(outpatientChecked("FINDINGS: Cystoscopy showed a mass at the bladder neck.\n"), "R22.1");
        assertNotSuggested(outpatientChecked("FINDINGS: There is swelling about the neck of the femur.\n"), "R22.1");
        // the neck itself is still the neck
        assertSuggested(outpatientChecked("FINDINGS: A firm mass was felt in the left neck.\n"), "R22.1", 1);
    }

    @Test
    void theHeadOfALongBoneIsNotTheHead() {
        // Neoplasm table: head is C76.0 / C79.89; the femoral or humeral head is a part of the bone
        assertNotSuggested(outpatientChecked("IMPRESSION: Bone scan shows a metastatic deposit in the femoral head.\n"),
                "C79.89");
        assertNotSuggested(outpatientChecked("IMPRESSION: MRI shows a metastasis in the head of the humerus.\n"),
                "C79.89");
        // the bone is the site (Neoplasm, bone, secondary)
        assertSuggested(outpatientChecked("IMPRESSION: Bone scan shows a metastatic deposit in the femoral head.\n"),
                "C79.51", 1);
    }

    @Test
    void aFlexureOfTheColonIsNotTheOrganItIsNamedAfter() {
        // the hepatic and splenic flexures are parts of the colon: a lesion there is no disease of liver or spleen
        assertNotSuggested(outpatientChecked("HISTORY: Colonoscopy found a near obstructing lesion at the hepatic"
                + " flexure.\n"), "K76.89");
        assertNotSuggested(outpatientChecked("HISTORY: Colonoscopy found a near obstructing lesion at the splenic"
                + " flexure.\n"), "D73.89");
    }
}
