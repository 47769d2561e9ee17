package org.opencac.engine.mention;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/** R99 is a death of unknown cause, not any death a note names (team-written sentences). */
class DeathOfUnknownCauseTest {

    @Test
    void aDeathWhoseCauseIsNamedIsNoUnknownCause() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "The cause of death is asphyxia by drowning.", CareSetting.INPATIENT)), "R99");
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "We talked about the operation. Bleeding, infection, stroke, and death were listed.",
                CareSetting.INPATIENT)), "R99");
        assertSuggested(TestModels.pipeline().code(new Note(
                "Found unresponsive at home; the cause of death is undetermined.", CareSetting.INPATIENT)), "R99", 3);
    }
}
