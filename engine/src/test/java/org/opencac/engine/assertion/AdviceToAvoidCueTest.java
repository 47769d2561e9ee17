package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/** What the patient is told to avoid ("alcohol should be avoided") is advice, not a habit he has (team-written). */
class AdviceToAvoidCueTest {

    @Test
    void substanceUseToBeAvoidedIsNotCoded() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "IMPRESSION: Obstructive sleep apnea.\nThe use of sleeping pills and alcohol at night is to be avoided.",
                CareSetting.OUTPATIENT));
        assertSuggested(r, "G47.33", 3);
        assertNotSuggested(r, "Z72.89");
    }
}
