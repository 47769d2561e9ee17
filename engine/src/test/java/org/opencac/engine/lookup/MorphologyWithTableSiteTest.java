package org.opencac.engine.lookup;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A morphology the Index sends to a site or tissue row of the Neoplasm table ("Neurofibroma, see also Neoplasm,
 * nerve, benign"; "Osteochondroma, see Neoplasm, bone, benign") is coded there when named
 * alone, as a coder follows the reference; one sent to the table's root ("Adenocarcinoma, see Neoplasm, malignant,
 * by site") still needs its site (team-written sentences).
 */
class MorphologyWithTableSiteTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.INPATIENT));
    }

    @Test
    void aMorphologySentToATissueRowIsCodedAtThatRow() {
        assertSuggested(code("Final diagnosis: solitary neurofibroma, excised."), "D36.10", 3);
        assertSuggested(code("Pathology of the excised mass confirmed an osteochondroma."), "D16.9", 3);
    }

    @Test
    void aMorphologySentToTheTableRootIsNotCodedFromItsOwnReference() {
        CodingResult r = code("Pathology of the excised mass confirmed an adenocarcinoma.");
        assertNotSuggested(r, "C80.1");
    }
}
