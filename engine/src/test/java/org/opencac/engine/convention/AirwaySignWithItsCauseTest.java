package org.opencac.engine.convention;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/** Nasal obstruction from a deviated septum and bronchospasm in a COPD flare are not coded beside them (team-written). */
class AirwaySignWithItsCauseTest {

    @Test
    void nasalObstructionIsPartOfTheDeviatedSeptum() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "DIAGNOSIS: Deviated nasal septum with nasal obstruction.", CareSetting.OUTPATIENT));
        assertSuggested(r, "J34.2", 3);
        assertNotSuggested(r, "J34.89");
    }

    @Test
    void bronchospasmIsPartOfTheCopdExacerbation() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "ASSESSMENT: Exacerbation of COPD with bronchospasm. Continue nebulizers.", CareSetting.INPATIENT));
        assertSuggested(r, "J44.1", 3);
        assertNotSuggested(r, "J98.01");
    }
}
