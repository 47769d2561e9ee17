package org.opencac.engine.encounter;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/** Weeks of gestation written as a hyphenated adjective ("a 31-week pregnancy") are a gestational age (team-written). */
class HyphenatedGestationTest {

    @Test
    void aHyphenatedWeekCountBeforePregnancyGivesTheWeeksCode() {
        assertSuggested(TestModels.pipeline().code(new Note(
                "DIAGNOSES: 1. Acute cholecystitis. 2. 31-week pregnancy.", CareSetting.INPATIENT)), "Z3A.31", 10);
    }

    @Test
    void aWeekCountBeforeAnIntrauterinePregnancyGivesTheWeeksCode() {
        assertSuggested(TestModels.pipeline().code(new Note(
                "DIAGNOSIS: A 37-week intrauterine pregnancy in transverse lie.", CareSetting.INPATIENT)), "Z3A.37", 10);
    }

    @Test
    void aHyphenatedWeekCountOfSomethingElseIsNoGestation() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "ASSESSMENT: Ankle sprain, seen 2-week after the injury; pregnancy test negative.",
                CareSetting.OUTPATIENT)), "Z3A.02");
    }
}
