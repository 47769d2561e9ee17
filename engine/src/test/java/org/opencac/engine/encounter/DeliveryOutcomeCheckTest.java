package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome of delivery added to the mother's delivery record (team-written notes). */
class DeliveryOutcomeCheckTest {
    @Test
    void twinsDeliveredAliveAreTheOutcomeOfTheTwinGestation() {
        List<String> codes = inpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Intrauterine pregnancy at 35 weeks, twin "
                + "gestation.\n2. Delivery of baby A, a girl of 2100 grams, Apgars 7 and 9, and baby B, a boy, "
                + "Apgars 8 and 9.\n\nPROCEDURE: Primary low transverse cesarean section.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("O30.0")), codes.toString());
        assertTrue(codes.contains("Z37.2"), codes.toString());
        assertFalse(codes.contains("Z37.0"), codes.toString());
    }

    @Test
    void aSingleInfantWithItsApgarsIsASingleLiveBirth() {
        List<String> codes = inpatientCodes("HISTORY: She is a 30-year-old G2 P1 at 39 weeks' gestation in active "
                + "labor.\n\nDELIVERY: Normal spontaneous vaginal delivery over an intact perineum; the infant "
                + "cried at once, Apgars 9 and 9.\n");
        assertTrue(codes.contains("Z37.0"), codes.toString());
    }

    @Test
    void aStillbirthGetsNoLiveOutcome() {
        List<String> codes = inpatientCodes("HISTORY: She is a 33-year-old G3 P2 at 37 weeks' gestation admitted "
                + "with a fetal demise.\n\nDELIVERY: Vaginal delivery of a stillborn female, Apgars 0 and 0.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z37.0") || c.startsWith("Z37.2")), codes.toString());
    }

    @Test
    void aPregnancyWithoutADeliveryGetsNoOutcome() {
        List<String> codes = inpatientCodes("HISTORY: She is a 24-year-old G1 P0 at 28 weeks' gestation seen "
                + "for swelling of both ankles.\n\nASSESSMENT: Pregnancy at 28 weeks; dependent edema.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z37")), codes.toString());
    }

    @Test
    void aFetalDeathDeliveredIsASingleStillbirth() {
        List<String> codes = inpatientCodes("HISTORY: She is a 29-year-old G2 P1 at 37 weeks' gestation admitted "
                + "for induction of labor after an intrauterine fetal demise was found on ultrasound.\n\nDELIVERY: "
                + "Vaginal delivery of a stillborn female.\n\nDIAGNOSIS: Intrauterine fetal demise at 37 weeks, "
                + "delivered.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("O36.4")), codes.toString());
        assertTrue(codes.contains("Z37.1"), codes.toString());
        assertFalse(codes.contains("Z37.0"), codes.toString());
    }

    @Test
    void feverAtTheDeliveryIsPyrexiaDuringLabor() {
        List<String> codes = inpatientCodes("HISTORY: She is a 31-year-old G1 P0 at 39 weeks' gestation in active "
                + "labor who developed a fever of 101.2 and was started on ampicillin.\n\nDELIVERY: Normal "
                + "spontaneous vaginal delivery of a live male infant, Apgars 8 and 9.\n\nDIAGNOSES:\n1. "
                + "Intrauterine pregnancy at 39 weeks, delivered.\n2. Fever in labor.\n");
        assertTrue(codes.contains("O75.2"), codes.toString());
        assertFalse(codes.contains("R50.9"), codes.toString());
    }
}
