package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A non-reassuring fetal heart rate is maternal care for an abnormal fetal heart rate (O36.83-) before the delivery,
 * and the abnormality complicating labor and delivery (O76) at the encounter that delivers her (team-written notes).
 */
class FetalHeartRateAtDeliveryTest {

    @Test
    void aNonReassuringFetalHeartRateBeforeDeliveryIsMaternalCareInHerTrimester() {
        List<String> codes = outpatientCodes("ASSESSMENT:\n1. Intrauterine pregnancy at 32 weeks.\n"
                + "2. Nonreassuring fetal heart rate on the nonstress test.\nPLAN: Continuous monitoring.\n");
        assertTrue(codes.contains("O36.8330"), codes.toString());
        assertFalse(codes.contains("O76"), codes.toString());
    }

    @Test
    void aNonReassuringFetalHeartRateAtTheDeliveryIsTheAbnormalityComplicatingLaborAndDelivery() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Pregnancy at 39 weeks.\n"
                + "2. Non-reassuring fetal heart tones.\n3. Delivery of a viable male infant.\n"
                + "PROCEDURE: Primary low transverse cesarean section.\n");
        assertTrue(codes.contains("O76"), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O36.83")), codes.toString());
    }
    @Test
    void aPerinealTearOfTheDeliveryTellsTheEncounterDeliveredHerWithNoOutcomeWritten() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Pregnancy at term.\n"
                + "2. Non-reassuring fetal heart tones.\n3. Second degree perineal laceration.\n"
                + "PROCEDURE: Vacuum extraction and repair of the perineal laceration.\n");
        assertTrue(codes.contains("O70.1"), codes.toString());
        assertTrue(codes.contains("O76"), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O36.83")), codes.toString());
    }
}
