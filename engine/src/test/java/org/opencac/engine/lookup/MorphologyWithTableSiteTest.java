package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A morphology the Index sends to a site or tissue row of the Neoplasm table ("Neurofibroma, see also Neoplasm,
 * nerve, benign"; "Osteochondroma, see Neoplasm, bone, benign") is coded there when named
 * alone, as a coder follows the reference; one sent to the table's root ("Adenocarcinoma, see Neoplasm, malignant,
 * by site") still needs its site (team-written sentences).
 */
class MorphologyWithTableSiteTest {

    @Test
    void aMorphologySentToATissueRowIsCodedAtThatRow() {
        assertSuggested(inpatient("Final diagnosis: solitary neurofibroma, excised."), "D36.10", 3);
        assertSuggested(inpatient("Pathology of the excised mass confirmed an osteochondroma."), "D16.9", 3);
    }

    @Test
    void aMorphologySentToTheTableRootIsNotCodedFromItsOwnReference() {
        CodingResult r = inpatient("Pathology of the excised mass confirmed an adenocarcinoma.");
        assertNotSuggested(r, "C80.1");
    }
}
