package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A condition raised as a question ("wondering whether she has"), offered as one reading of two ("would be
 * consistent either with"), or placed in a relative named after it ("in the patient's brother") is not the
 * patient's established condition (team-written sentences).
 */
class QuestionedAndRelativeAfterCueTest {

    @Test
    void conditionThePatientWondersAboutIsNotCodedInAnOfficeVisit() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "He is wondering whether he has asthma. He has hypertension.", CareSetting.OUTPATIENT));
        assertNotSuggested(r, "J45.909");
        assertSuggested(r, "I10", 5);
    }

    @Test
    void readingThatWouldBeConsistentWithEitherOfTwoIsNotCoded() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: The tremor would be consistent either with Parkinson disease or with a drug effect.",
                CareSetting.OUTPATIENT));
        assertNotSuggested(r, "G20");
        assertNotSuggested(r, "G20.A1");
    }

    @Test
    void conditionInThePatientsRelativeIsTheRelatives() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "There is a history of colon cancer in the patient's brother. She has asthma.", CareSetting.OUTPATIENT));
        assertNotSuggested(r, "Z85.038");
        assertNotSuggested(r, "C18.9");
        assertSuggested(r, "J45.909", 5);
    }
}
