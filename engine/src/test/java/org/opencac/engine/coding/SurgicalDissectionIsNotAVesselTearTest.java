package org.opencac.engine.coding;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * The surgeon's "dissection" of an artery in the account of an operation is the act of separating tissue, not an
 * arterial dissection; one named in the diagnostic statement is coded (team-written notes).
 */
class SurgicalDissectionIsNotAVesselTearTest {

    @Test
    void dissectionOfAnArteryInTheOperativeAccountIsNotCoded() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "POSTOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.\n"
                        + "PROCEDURE IN DETAIL: Blunt dissection of the cystic artery was carried out and it was clipped.",
                CareSetting.INPATIENT));
        assertNotSuggested(r, "I77.70");
        assertNotSuggested(r, "I77.79");
    }

    @Test
    void arterialDissectionInTheDiagnosisIsCoded() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "POSTOPERATIVE DIAGNOSIS: Dissection of the right renal artery.\n"
                        + "PROCEDURE IN DETAIL: The renal artery was exposed and stented.",
                CareSetting.INPATIENT));
        assertSuggested(r, "I77.73", 5);
    }
}
