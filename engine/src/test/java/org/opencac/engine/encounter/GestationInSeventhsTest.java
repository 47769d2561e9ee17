package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void weeksAfterTheObstetricFormulaAreTheGestation() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "HISTORY: Gravida 3, para 2 at 31 weeks 4 days by ultrasound dating, seen with gestational diabetes.",
                CareSetting.OUTPATIENT));
        assertSuggested(r, "Z3A.31", 5);
    }

    @Test
    void twoCountsOfTheWeeksOfOnePregnancyAreOneWeeksCode() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "DIAGNOSES: 1. Pregnancy at 39 weeks. 2. Breech presentation. 3. Pregnancy at 39 weeks.\n"
                        + "HISTORY: She is a gravida 2, para 1 at 38 and 5/7th weeks, admitted for a cesarean delivery.",
                CareSetting.INPATIENT));
        long weeksCodes = r.suggestions().stream().filter(s -> s.code().startsWith("Z3A.")).count();
        assertEquals(1, weeksCodes, r.suggestions().toString());
    }

    @Test
    void weeksAgoAfterTheObstetricFormulaAreNoGestation() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "Gravida 2, para 2 at 6 weeks postpartum, seen with a breast abscess.", CareSetting.OUTPATIENT)),
                "Z3A.06");
    }

    @Test
    void aBloodPressureIsNoGestationalAge() {
        assertNotSuggested(TestModels.pipeline().code(new Note(
                "Blood pressure 120/70 at two weeks after the operation.", CareSetting.OUTPATIENT)), "Z3A.12");
    }
}
