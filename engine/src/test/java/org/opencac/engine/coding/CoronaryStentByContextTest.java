package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A stent of no stated site told as a status is coronary (Z95.5) where its sentence names a coronary condition. */
class CoronaryStentByContextTest {

    @Test
    void stentAfterCoronaryArteryDiseaseIsACoronaryStent() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY: Coronary artery disease, status post stent"
                + " placement.\nASSESSMENT: Gout.\n");
        assertTrue(codes.contains("Z95.5"), codes.toString());
    }

    @Test
    void angioplastyAndStentIsTheImplantNotTheAngioplastyAlone() {
        List<String> codes = outpatientCodes("ASSESSMENT: Gout. Coronary disease, status post angioplasty and"
                + " stent.\n");
        assertTrue(codes.contains("Z95.5"), codes.toString());
        assertFalse(codes.contains("Z98.61"), codes.toString());
    }

    @Test
    void stentOfNoCoronaryContextIsNotCoronary() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY: Kidney stones, status post stent placement.\n"
                + "ASSESSMENT: Gout.\n");
        assertFalse(codes.contains("Z95.5"), codes.toString());
    }

    @Test
    void stentOfAnotherVesselBesideCoronaryDiseaseIsNotCoronary() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY: Coronary artery disease and carotid stenosis,"
                + " status post stent placement.\nASSESSMENT: Gout.\n");
        assertFalse(codes.contains("Z95.5"), codes.toString());
    }

    @Test
    void coronaryVesselNamedBeforeTheStentingIsReadThrough() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY: Old inferior infarct, status post LAD stent"
                + " placement.\nASSESSMENT: Gout.\n");
        assertTrue(codes.contains("Z95.5"), codes.toString());
    }

    @Test
    void vesselWordsNamedBeforeAStentAloneAreReadThrough() {
        List<String> codes = outpatientCodes("ASSESSMENT: Gout. Angina, status post left anterior descending"
                + " stenting.\n");
        assertTrue(codes.contains("Z95.5"), codes.toString());
    }

    @Test
    void vesselWordsBeforeNoProcedureWordAreNotReadThrough() {
        List<String> codes = outpatientCodes("ASSESSMENT: Gout. Angina, status post circumflex occlusion.\n");
        assertFalse(codes.contains("Z95.5"), codes.toString());
    }
}
