package org.opencac.engine.encounter;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * An infant written as "ex-" its weeks ("an ex-31-week preemie", "an ex-29 weeker") was born at that gestation: on a
 * newborn's record the preterm newborn's code takes those completed weeks (team-written sentences).
 */
class GestationOfAnExPretermInfantTest {

    @Test
    void anExWeeksPreemieTakesThoseCompletedWeeks() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "History: this is a 10-day-old boy born to a 30-year-old mother.\n"
                        + "Discharge diagnosis: stable ex-31-week preemie, feeding well.", CareSetting.INPATIENT));
        assertSuggested(r, "P07.34", 3);
        assertNotSuggested(r, "P07.30");
        assertNotSuggested(r, "Z3A.31");
    }
}
