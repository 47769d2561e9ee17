package org.opencac.engine.mention;

import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * Words of notes translated from Spanish that name a lexicon noun in another form (word_forms.tsv): "neoplasia" of a
 * site is the neoplasm of that site, an "anemization" anemia, a "pruriginous" lesion pruritus, a "confusional" state
 * confusion (team-written sentences).
 */
class TranslatedWordFormTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.INPATIENT));
    }

    @Test
    void aNeoplasiaOfAnOrganIsTheNeoplasmOfThatOrgan() {
        assertSuggested(code("Assessment: gastric neoplasia, to be staged."), "D49.0", 3);
    }

    @Test
    void translatedSymptomWordsReadAsTheirNouns() {
        assertSuggested(code("On the second day she showed anemization and needed a transfusion."), "D64.9", 3);
        assertSuggested(code("He has a pruriginous plaque on the left forearm."), "L29.9", 3);
        assertSuggested(code("Overnight he developed an acute confusional state."), "R41.0", 3);
    }
}
