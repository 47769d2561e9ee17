package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/**
 * An Index path that reads a dictionary mention's words and more replaces that mention, except where the path's
 * code asks, by its "use additional code" note, for the code the mention's own words give: Disease, renal,
 * end-stage, due to hypertension is I12.0, whose note asks for the stage, N18.6.
 */
class AdditionalCodeOfTheMainTermTest {

    @Test
    void endStageRenalDiseaseDueToHypertensionKeepsTheStageCodeItsCombinationAsksFor() {
        List<String> codes = Coded.outpatientCodes(
                "ASSESSMENT:\n1. End-stage renal disease secondary to long-standing hypertension, on dialysis.\n");
        assertTrue(codes.contains("I12.0"), codes.toString());
        assertTrue(codes.contains("N18.6"), codes.toString());
        assertTrue(codes.indexOf("I12.0") < codes.indexOf("N18.6"), codes.toString());
    }

    @Test
    void endStageKidneyDiseaseFromHypertensionInThePastHistoryKeepsItsStage() {
        List<String> codes = Coded.outpatientCodes(
                "PAST MEDICAL HISTORY: Diabetes, end-stage renal disease from hypertension.\n\n"
                        + "ASSESSMENT: Routine follow-up.\n");
        assertTrue(codes.contains("I12.0"), codes.toString());
        assertTrue(codes.contains("N18.6"), codes.toString());
    }
}
