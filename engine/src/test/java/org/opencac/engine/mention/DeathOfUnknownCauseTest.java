package org.opencac.engine.mention;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/** R99 is a death of unknown cause (Index: Death NOS), not a death the sentence gives a cause for (team-written). */
class DeathOfUnknownCauseTest {

    @Test
    void aDeathWhoseCauseIsNamedIsNoUnknownCause() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "Death was due to a perforated bowel.", CareSetting.INPATIENT)), "R99");
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "The cause of death of this man is asphyxia by drowning.", CareSetting.INPATIENT)), "R99");
        assertSuggested(TestModels.pipeline().code(new Note(
                "Death occurred on the third day after admission.", CareSetting.INPATIENT)), "R99", 3);
    }
}
