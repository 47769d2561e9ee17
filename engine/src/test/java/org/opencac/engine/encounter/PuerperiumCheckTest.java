package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A complication of the weeks after delivery takes its code of the puerperium (Guidelines I.C.15.o), and a
 * gestational diabetes treated with insulin is told by its insulin-controlled code, without Z79.4 (I.C.15.g)
 * (team-written notes).
 */
class PuerperiumCheckTest {

    @Test
    void aPreeclampsiaAfterTheCesareanDeliveryIsOfThePuerperium() {
        List<String> codes = inpatientCodes("REASON FOR CONSULTATION: High blood pressure.\n"
                + "HISTORY OF PRESENT ILLNESS: She was readmitted two days after her cesarean section with headaches.\n"
                + "IMPRESSION: Preeclampsia, status post cesarean section, blood pressure still high.\n");
        assertTrue(codes.contains("O14.95"), codes.toString());
        assertFalse(codes.contains("O14.90"), codes.toString());
    }

    @Test
    void aPregnantPatientsPlanForThePostpartumWeeksIsNoPuerperium() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Preeclampsia.\n"
                + "ASSESSMENT: Mild preeclampsia. Plan postpartum contraception and a blood pressure check after "
                + "delivery.\n");
        assertTrue(codes.contains("O14.90") || codes.contains("O14.00"), codes.toString());
        assertFalse(codes.contains("O14.95"), codes.toString());
        assertFalse(codes.contains("O14.05"), codes.toString());
    }

    @Test
    void aGestationalDiabetesOnInsulinIsTheInsulinControlledCode() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Gestational diabetes.\n"
                + "HISTORY OF PRESENT ILLNESS: She is at 30 weeks of gestation in her first pregnancy.\n"
                + "MEDICATIONS: Insulin glargine at night.\n"
                + "ASSESSMENT: Gestational diabetes mellitus, fasting sugars improving.\n");
        assertTrue(codes.contains("O24.414"), codes.toString());
        assertFalse(codes.contains("O24.419"), codes.toString());
        assertFalse(codes.contains("Z79.4"), codes.toString());
    }

    @Test
    void aGestationalDiabetesOnInsulinAfterTheDeliveryIsOfThePuerperium() {
        List<String> codes = inpatientCodes("HISTORY OF PRESENT ILLNESS: She is now postpartum after a vaginal "
                + "delivery last week.\n"
                + "MEDICATIONS: Insulin lispro with meals.\n"
                + "IMPRESSION: Gestational diabetes mellitus.\n");
        assertTrue(codes.contains("O24.434"), codes.toString());
        assertFalse(codes.contains("Z79.4"), codes.toString());
    }

    @Test
    void aPregnantPatientStatusPostEarlierCesareansIsNoPuerperium() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: A 31-year-old G3 P2, status post cesarean "
                + "section x2, presents with preterm contractions.\n"
                + "MEDICATIONS: Insulin glargine at night.\n"
                + "ASSESSMENT: Preterm labor. Gestational diabetes mellitus.\n");
        assertTrue(codes.contains("O24.414"), codes.toString());
        assertFalse(codes.contains("O24.434"), codes.toString());
    }
}
