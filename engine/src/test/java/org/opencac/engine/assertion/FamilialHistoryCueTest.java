package org.opencac.engine.assertion;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/** "Familial medical history" introduces the relatives' conditions as "family history" does (team-written). */
class FamilialHistoryCueTest {

    @Test
    void conditionsAfterFamilialMedicalHistoryAreTheRelatives() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Her familial medical history is notable for diabetes and hypertension.", CareSetting.OUTPATIENT));
        assertNotSuggested(r, "E11.9");
        assertNotSuggested(r, "I10");
        assertSuggested(r, "Z83.3", 5);
    }
}
