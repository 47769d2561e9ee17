package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/**
 * A review of systems written as questions: "X? No" denies X, "X? Yes" affirms it (no query left), and the
 * answer "No." does not negate the next question (team-written sentences).
 */
class QuestionAnsweredTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void aQuestionAnsweredNoDeniesTheFinding() {
        CodingResult r = code("Fever? No. Headache? Denies.");
        assertEquals("negated", mention(r, "fever").assertion());
        assertEquals("negated", mention(r, "headache").assertion());
    }

    @Test
    void aQuestionAnsweredYesAffirmsTheFindingAndTheNoBeforeItStaysBehind() {
        assertEquals("present", mention(code("Fever? No. Diarrhea? Yes, for three days."), "diarrhea").assertion());
    }

    @Test
    void aQuestionLeftUnansweredStaysUncertain() {
        assertEquals("uncertain", mention(code("Small bowel obstruction? Surgery was consulted."),
                "small bowel obstruction").assertion());
    }
}
