package org.opencac.engine.convention;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A "tumor" of a site whose behaviour the note documents elsewhere is that neoplasm: the code of unspecified
 * behaviour (D49.-) gives way to it; a tumor of another site stays (team-written notes).
 */
class TumorOfNoStatedBehaviourTest {

    @Test
    void bladderTumorIsTheBladderCarcinomaTheDiagnosisNames() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "HISTORY: A bladder tumor was seen on cystoscopy last month.\n"
                        + "DIAGNOSIS: Carcinoma of the bladder.", CareSetting.OUTPATIENT));
        assertSuggested(r, "C67.9", 5);
        assertNotSuggested(r, "D49.4");
    }

    @Test
    void brainTumorStaysBesideACancerOfAnotherSite() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "DIAGNOSIS: Brain tumor. Carcinoma of the bladder.", CareSetting.OUTPATIENT));
        assertSuggested(r, "D49.6", 5);
        assertSuggested(r, "C67.9", 5);
    }
}
