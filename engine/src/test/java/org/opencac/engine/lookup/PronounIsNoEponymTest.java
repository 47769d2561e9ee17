package org.opencac.engine.lookup;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/** "Hers' disease" and "His-Werner disease" are eponyms a pronoun spells: "her disease" names none (team-written). */
class PronounIsNoEponymTest {

    @Test
    void herDiseaseIsNoGlycogenStorageDisease() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "We will look for the underlying cause of her disease.", CareSetting.OUTPATIENT)), "E74.09");
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "Her disease has been stable since the last operation.", CareSetting.OUTPATIENT)), "E74.09");
    }
}
