package org.opencac.engine.encounter;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * Weeks of gestation written with days in sevenths ("35-4/7 weeks", "38 2/7th weeks") are a gestational age even
 * without the word "gestation": Z3A, and the trimester of the pregnancy codes follows (team-written sentences).
 */
class GestationInSeventhsTest {

    @Test
    void weeksWithSeventhsGiveTheWeeksCodeAndTheTrimester() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Gravida 2, para 1 at 35-4/7th weeks, admitted with preterm contractions.", CareSetting.INPATIENT));
        assertSuggested(r, "Z3A.35", 5);
        assertSuggested(r, "O60.03", 5);
        assertNotSuggested(r, "O60.00");
    }

    @Test
    void aBloodPressureIsNoGestationalAge() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "Blood pressure 120/70 at two weeks after the operation.", CareSetting.OUTPATIENT)), "Z3A.12");
    }
}
