package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fracture named as the object of its fixation told as past, where the visit's reason or assessment is stated,
 * is under aftercare: its code with the 7th character D, not the personal history of a fracture (I.C.19.a).
 */
class InjuryUnderAftercareTest {

    @Test
    void fixedFractureInTheAssessmentTakesTheSubsequentEncounter() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Routine visit.\n"
                + "ASSESSMENT: Status post ORIF of left distal radius fracture, healing.\n");
        assertTrue(codes.contains("S52.502D"), codes.toString());
        assertFalse(codes.contains("Z87.81"), codes.toString());
    }

    @Test
    void fixedFractureInThePastSurgicalHistoryIsNoAftercare() {
        List<String> codes = outpatientCodes("PAST SURGICAL HISTORY: Status post ORIF of left distal radius fracture.\n"
                + "ASSESSMENT: Hypertension.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S52") && c.endsWith("D")), codes.toString());
    }

    @Test
    void fractureFixedYearsAgoStaysAHistory() {
        List<String> codes = outpatientCodes("ASSESSMENT: Status post ORIF of left distal radius fracture years ago;"
                + " hypertension.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S52") && c.endsWith("D")), codes.toString());
    }

    @Test
    void aReductionInAnotherItemIsNotTheFracturesTreatment() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Left elbow dislocation status post fixation,"
                + " right radial shaft fracture.\nPROCEDURE: Closed reduction of the right forearm.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S52") && c.endsWith("D")), codes.toString());
    }

    @Test
    void theSameFractureToldAsPastInTheHistoryIsNoPersonalHistoryBesideItsAftercare() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Status post ORIF of left distal radius fracture.\n"
                + "HISTORY OF PRESENT ILLNESS: The man is now six weeks status post plating of a distal radius"
                + " fracture and has little pain.\n");
        assertTrue(codes.contains("S52.502D"), codes.toString());
        assertFalse(codes.contains("Z87.81"), codes.toString());
    }

    @Test
    void anotherHealedFractureKeepsThePersonalHistoryBesideAnAftercare() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Status post ORIF of left distal radius fracture.\n"
                + "PAST MEDICAL HISTORY: Right ankle fracture, healed.\n");
        assertTrue(codes.contains("S52.502D"), codes.toString());
        assertTrue(codes.contains("Z87.81"), codes.toString());
    }
}
