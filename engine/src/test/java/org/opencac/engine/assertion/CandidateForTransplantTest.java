package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/** A candidate for a transplant has no transplant yet; a recipient has one (team-written). */
class CandidateForTransplantTest {

    private static List<String> codes(String note) {
        return NoteAssert.codes(TestModels.pipeline().code(new Note(note, CareSetting.OUTPATIENT)));
    }

    @Test
    void aCandidateForAKidneyTransplantationHasNoTransplantStatus() {
        List<String> codes = codes("ASSESSMENT: End-stage renal disease on dialysis. He is a good candidate for"
                + " a kidney transplantation.\n");
        assertFalse(codes.contains("Z94.0"), codes.toString());
    }

    @Test
    void aRecipientOfAKidneyTransplantationHasTheStatus() {
        List<String> codes = codes("ASSESSMENT: Fever. She had a kidney transplantation eight years ago.\n");
        assertTrue(codes.contains("Z94.0"), codes.toString());
    }
}
