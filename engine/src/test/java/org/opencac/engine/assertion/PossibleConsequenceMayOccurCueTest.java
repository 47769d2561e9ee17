package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * What "may (also) occur" after a list names what could follow an untreated condition, not what the patient has
 * (team-written).
 */
class PossibleConsequenceMayOccurCueTest {

    @Test
    void consequencesThatMayAlsoOccurAreNotCoded() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "CONCLUSIONS: Obstructive sleep apnea.\nLeft untreated, daytime sleepiness and memory loss may also occur.",
                CareSetting.OUTPATIENT));
        assertSuggested(r, "G47.33", 3);
        assertNotSuggested(r, "R41.3");
    }

    @Test
    void aConditionThatOccursIsStillCoded() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: Memory loss that occurs daily.", CareSetting.OUTPATIENT));
        assertSuggested(r, "R41.3", 3);
    }
}
