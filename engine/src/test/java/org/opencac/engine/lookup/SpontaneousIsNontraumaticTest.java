package org.opencac.engine.lookup;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/** A spontaneous bleed is a nontraumatic one: the Index's "nontraumatic" subterm, not a default injury (team-written). */
class SpontaneousIsNontraumaticTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.INPATIENT));
    }

    @Test
    void aSpontaneousBrainHematomaIsNoInjury() {
        CodingResult r = code("MRI: a spontaneous cerebral hematoma in the right frontal region, managed without surgery.");
        assertSuggested(r, "I62.9", 3);
        assertNotSuggested(r, "S06.36AA");
    }

    @Test
    void aMainTermThatPrintsSpontaneousStillReadsIt() {
        assertSuggested(code("Chest film: spontaneous pneumothorax on the left."), "J93.83", 3);
    }
}
