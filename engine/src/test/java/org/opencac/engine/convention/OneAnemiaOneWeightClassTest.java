package org.opencac.engine.convention;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * "Anemia" said alone beside the anemia the note names precisely is that anemia, and "overweight" in the story of a
 * patient whose diagnosis is morbid obesity is that obesity: one code each (team-written sentences).
 */
class OneAnemiaOneWeightClassTest {

    @Test
    void plainAnemiaGivesWayToTheNamedAnemia() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "HISTORY: She has been anemic for months.\nDIAGNOSIS: Iron deficiency anemia secondary to chronic blood loss.",
                CareSetting.OUTPATIENT));
        assertSuggested(r, "D50.0", 5);
        assertNotSuggested(r, "D64.9");
    }

    @Test
    void overweightGivesWayToMorbidObesity() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "HISTORY: He has been overweight since his twenties.\nDIAGNOSIS: Morbid obesity.\nPLAN: Gastric bypass.",
                CareSetting.OUTPATIENT));
        assertSuggested(r, "E66.01", 5);
        assertNotSuggested(r, "E66.3");
    }

    @Test
    void overweightDoesNotDisplaceObesityOfNoStatedKind() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "HISTORY: She has been overweight for years.\nASSESSMENT: Obesity.", CareSetting.OUTPATIENT));
        assertSuggested(r, "E66.9", 5);
    }
}
