package org.opencac.engine.mention;

import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/**
 * "Neoplasia" of a site, as notes translated from Spanish write it, is the neoplasm of that site (word_forms.tsv);
 * the lexicon's own phrases with the word keep their codes (team-written sentences).
 */
class NeoplasiaOfASiteTest {

    @Test
    void aNeoplasiaOfAnOrganIsTheNeoplasmOfThatOrgan() {
        assertSuggested(TestModels.pipeline().code(new Note("Assessment: gastric neoplasia, to be staged.",
                CareSetting.INPATIENT)), "D49.0", 3);
    }
}
