package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * "Was worked up for X" names what a work-up looked for, as "workup for X" does: a condition in doubt, not coded
 * as established in an outpatient note; a symptom worked up is the complaint itself (sentences are our own).
 */
class WorkedUpForCueTest {

    private static CodingResult outpatient(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void aConditionAWorkUpLookedForIsNotCoded() {
        assertNotSuggested(outpatient("HISTORY: She was worked up for lupus last month and returns today to hear the "
                + "results.\nASSESSMENT: Knee pain, left."), "M32.9");
        assertNotSuggested(outpatient("HISTORY: He is being worked up for sarcoidosis by his lung doctor.\n"
                + "ASSESSMENT: Cough."), "D86.9");
    }

    @Test
    void aSymptomWorkedUpIsTheComplaint() {
        assertSuggested(outpatient("HISTORY: She was worked up for dizziness by her family doctor, with no cause found."),
                "R42", 3);
    }

    @Test
    void theConditionStatedPlainlyIsStillCoded() {
        assertSuggested(outpatient("ASSESSMENT: Systemic lupus erythematosus, on hydroxychloroquine."), "M32.9", 3);
    }
}
