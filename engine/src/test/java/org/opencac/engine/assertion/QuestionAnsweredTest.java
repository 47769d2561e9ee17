package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A review of systems written as questions: "X? No" denies X, "X? Yes" affirms it (no query left), and the
 * answer "No." does not negate the next question (team-written sentences).
 */
class QuestionAnsweredTest {

    @Test
    void aQuestionAnsweredNoDeniesTheFinding() {
        CodingResult r = outpatient("Fever? No. Headache? Denies.");
        assertEquals("negated", mention(r, "fever").assertion());
        assertEquals("negated", mention(r, "headache").assertion());
    }

    @Test
    void aQuestionAnsweredYesAffirmsTheFindingAndTheNoBeforeItStaysBehind() {
        assertEquals("present", mention(outpatient("Fever? No. Diarrhea? Yes, for three days."),
                "diarrhea").assertion());
    }

    @Test
    void aQuestionLeftUnansweredStaysUncertain() {
        assertEquals("uncertain", mention(outpatient("Small bowel obstruction? Surgery was consulted."),
                "small bowel obstruction").assertion());
    }
}
