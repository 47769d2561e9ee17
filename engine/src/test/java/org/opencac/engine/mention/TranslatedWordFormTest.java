package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * Words of notes translated from Spanish that name a lexicon noun in another form (word_forms.tsv): "neoplasia" of a
 * site is the neoplasm of that site, an "anemization" anemia, a "pruriginous" lesion pruritus, a "confusional" state
 * confusion (team-written sentences).
 */
class TranslatedWordFormTest {

    @Test
    void aNeoplasiaOfAnOrganIsTheNeoplasmOfThatOrgan() {
        assertSuggested(inpatient("Assessment: gastric neoplasia, to be staged."), "D49.0", 3);
    }

    @Test
    void translatedSymptomWordsReadAsTheirNouns() {
        assertSuggested(inpatient("On the second day she showed anemization and needed a transfusion."), "D64.9", 3);
        assertSuggested(inpatient("He has a pruriginous plaque on the left forearm."), "L29.9", 3);
        assertSuggested(inpatient("Overnight he developed an acute confusional state."), "R41.0", 3);
    }
}
