package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wording of eyelid and brow surgery, carriers and gait read as a coder reads it (team-written sentences). */
class EyeRegionAndGaitWordingTest {

    @Test
    void theTearTroughIsAContourBelowTheEyelidNotALaceration() {
        List<String> codes = outpatientCodes("Preoperative diagnosis: hollow tear trough below both lower eyelids.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("S01") || c.startsWith("S05")), codes.toString());
    }

    @Test
    void aDroopingEyebrowIsBrowPtosisNotEyelidPtosis() {
        List<String> codes = outpatientCodes("Assessment: bilateral eyebrow ptosis, brow lift planned.\n");
        assertTrue(codes.contains("H57.813"), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("H02.4")), codes.toString());
    }

    @Test
    void dermatochalasiaIsAVariantSpellingOfDermatochalasis() {
        List<String> codes = outpatientCodes("Diagnosis: dermatochalasia with hooding of the eyelids.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("H02.83")), codes.toString());
    }

    @Test
    void aGroupBStrepColonizationIsACarrierStateNotAnInfectionAgent() {
        List<String> codes = outpatientCodes("Assessment: group B strep colonization found on the routine swab.\n");
        assertTrue(codes.contains("Z22.330"), codes.toString());
        assertTrue(!codes.contains("B95.1"), codes.toString());
    }

    @Test
    void walkingOnTheToesIsAnAbnormalityOfGait() {
        List<String> codes = outpatientCodes("Assessment: idiopathic toe walking in a seven-year-old girl.\n");
        assertTrue(codes.contains("R26.89"), codes.toString());
    }

    @Test
    void anInfectedKneeOrHipProsthesisWithItsSideIsTheSidedInfectionCode() {
        assertTrue(outpatientCodes("Assessment: septic left total knee arthroplasty, cultures pending.\n").contains("T84.54XA"));
        assertTrue(outpatientCodes("Diagnosis: infected right total hip replacement.\n").contains("T84.51XA"));
    }

    @Test
    void theUterusContractingAtAnObstetricProcedureIsNoDisorderOfTheUterus() {
        List<String> codes = outpatientCodes("Procedure: suction curettage for retained clots after delivery; contraction of the uterus "
                + "limited the curettage.\n");
        assertTrue(!codes.contains("N85.8"), codes.toString());
    }
}
