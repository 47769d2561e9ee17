package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A condition named just before "workup" is the one the tests look for, unless the workup is set off by a comma
 * after a stated diagnosis; a clause that begins with the study it is read on ("and on that CT") tells a finding
 * that the rule-out before it does not reach.
 */
class ConditionBeforeWorkupAndStudyClauseTest {

    @Test
    void conditionNamedBeforeWorkupIsOnlySoughtInAnOutpatientNote() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: Joint pains. She is to have a lupus workup with rheumatology.", CareSetting.OUTPATIENT));
        assertNotSuggested(r, "M32.9");
    }

    @Test
    void workupAfterACommaLeavesTheStatedDiagnosisEstablished() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: Acute ischemic stroke, workup in progress.", CareSetting.OUTPATIENT));
        assertSuggested(r, "I63.9", 3);
    }

    @Test
    void findingOnTheStudyOrderedToRuleOutAnotherConditionIsEstablished() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "A CT scan was done to rule out possible kidney stones and on that CT a large renal cyst was seen.",
                CareSetting.OUTPATIENT));
        assertSuggested(r, "N28.1", 3);
        assertNotSuggested(r, "N20.0");
    }
}
