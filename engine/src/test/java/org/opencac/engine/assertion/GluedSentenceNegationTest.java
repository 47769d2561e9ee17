package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/**
 * A negation that starts a line of a flattened note (".,No ...") negates that line's findings: the sentence
 * detector had left "No" at the end of the sentence before (team-written sentences).
 */
class GluedSentenceNegationTest {

    @Test
    void aNegationAfterAFlattenedLineBreakNegates() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "ASSESSMENT: Stress test without ischemia.,No ventricular tachycardia during the test.,Denies chest pain.",
                CareSetting.OUTPATIENT)), "I47.20");
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "ASSESSMENT: Heart rhythm regular.,Denies chest pain.", CareSetting.OUTPATIENT)), "R07.9");
    }
}
