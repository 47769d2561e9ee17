package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Combination codes: a gangrene of a diabetic is reported by the diabetes code (Index: Diabetes, with, gangrene
 * E11.52; I96 excludes it), but the necrotic tissue of a necrotizing infection is not told as a gangrene; heavy
 * periods told beside an irregular cycle are excessive menstruation with irregular cycle (N92.1), not the
 * regular-cycle code beside an unspecified irregularity. Non-traumatic slips of the capital femoral epiphysis
 * told as acute on chronic are M93.0-, not the traumatic physeal fracture the Tabular lists at S79.01; an
 * abnormal electroencephalogram is R94.01. Insulin dependence states no type of diabetes (Index: Diabetes, insulin
 * dependent - code to type of diabetes): of no type written it is type 2 with long-term insulin use (I.C.4.a.3).
 */
class DiabetesWithGangreneAndIrregularHeavyPeriodsTest {

    @Test
    void insulinDependentDiabetesOfNoStatedTypeIsTypeTwoWithInsulinUse() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Insulin-dependent diabetes, on insulin glargine nightly.\n"
                + "2. Hypertension.\n");
        assertTrue(codes.contains("E11.9"), codes.toString());
        assertTrue(codes.contains("Z79.4"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("E10")), codes.toString());
    }

    @Test
    void gangreneOfADiabeticIsTheDiabetesWithGangrene() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Dry gangrene of the left fourth toe.\n"
                + "2. Type 2 diabetes mellitus.\n");
        assertTrue(codes.contains("E11.52"), codes.toString());
        assertFalse(codes.contains("I96"), codes.toString());
    }

    @Test
    void necroticTissueOfANecrotizingInfectionIsNoDiabeticGangrene() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Necrotizing infection of the abdominal wall.\n"
                + "PROCEDURE: Debridement of the necrotic tissue of the lower abdomen.\n"
                + "HISTORY: He is a diabetic on insulin.\n");
        assertFalse(codes.contains("E11.52"), codes.toString());
    }

    @Test
    void heavyPeriodsWithAnIrregularCycleAreOneCombinationCode() {
        List<String> codes = outpatientCodes("ASSESSMENT: Menorrhagia and irregular periods.\n");
        assertTrue(codes.contains("N92.1"), codes.toString());
        assertFalse(codes.contains("N92.0"), codes.toString());
        assertFalse(codes.contains("N92.6"), codes.toString());
    }

    @Test
    void acuteOnChronicSlipOfTheFemoralEpiphysisIsNotAnInjury() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Acute on chronic slipped capital femoral "
                + "epiphysis of the left hip.\nPROCEDURE: In situ pinning of the left hip.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("M93.07")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S79")), codes.toString());
    }

    @Test
    void anAbnormalElectroencephalogramIsCoded() {
        List<String> codes = outpatientCodes("IMPRESSION: Abnormal EEG with left temporal sharp waves.\n");
        assertTrue(codes.contains("R94.01"), codes.toString());
    }
}
