package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Disc degeneration and hypothyroidism after radioiodine persist: "history of" them is the condition (team-written). */
class LastingConditionInHistoryTest {

    @Test
    void aHistoryOfLumbarDiscDiseaseIsTheDiscDiseaseNotAPersonalHistoryCode() {
        List<String> codes = outpatientCodes("HPI: Known history of lumbar disc disease; he "
                + "presents with a sore throat.\nASSESSMENT: Acute pharyngitis.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("M51.3")), codes.toString());
        assertFalse(codes.contains("Z87.39"), codes.toString());
    }

    @Test
    void hypothyroidismAfterRadioiodineIsOneConditionWithTheBareWord() {
        List<String> codes = outpatientCodes("HPI: She has I-131-induced hypothyroidism.\n"
                + "ASSESSMENT: Hypothyroidism, stable on replacement.\n");
        assertTrue(codes.contains("E89.0"), codes.toString());
        assertFalse(codes.contains("E03.9"), codes.toString());
    }

    @Test
    void anUnspecifiedThyroidDisorderBesideANamedOneIsNotCodedAgain() {
        List<String> codes = outpatientCodes("ASSESSMENT: Thyroid disorder: hypothyroidism after radioiodine ablation.\n");
        assertTrue(codes.contains("E89.0"), codes.toString());
        assertFalse(codes.contains("E07.9"), codes.toString());
    }

    @Test
    void hypothyroidismAfterIrradiationOfAnOveractiveGlandEndsTheHyperthyroidism() {
        List<String> codes = outpatientCodes("ASSESSMENT: Hypothyroidism secondary to irradiation for an overactive "
                + "thyroid; hyperthyroidism in the past.\n");
        assertTrue(codes.contains("E89.0"), codes.toString());
        assertFalse(codes.contains("E03.9"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("E05")), codes.toString());
    }

    @Test
    void hypothyroidismSecondaryToRadiationIsPostprocedural() {
        List<String> codes = outpatientCodes("ASSESSMENT: Hypothyroidism secondary to radiation.\n");
        assertTrue(codes.contains("E89.0"), codes.toString());
        assertFalse(codes.contains("E03.9"), codes.toString());
    }

    @Test
    void aHistoryOfHeartBlockWithAPacemakerIsTheBlockNotAPersonalHistoryCode() {
        List<String> codes = outpatientCodes("HPI: He is known for a history of first-degree AV block and has a "
                + "pacemaker; he presents with a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertTrue(codes.contains("I44.0"), codes.toString());
        assertFalse(codes.contains("Z86.79"), codes.toString());
    }
}
