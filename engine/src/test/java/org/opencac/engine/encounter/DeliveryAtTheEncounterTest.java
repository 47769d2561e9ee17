package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A delivery told in the note's own words is the encounter's delivery: the outcome of delivery on the mother's
 * record, preterm labour with its delivery, conditions in childbirth (team-written notes).
 */
class DeliveryAtTheEncounterTest {

    @Test
    void aLiveInfantDeliveredInTheNarrativeIsTheOutcomeOfDelivery() {
        List<String> codes = inpatientCodes("LABOR COURSE: She is a G3 P2 at 39 weeks of gestation admitted in active "
                + "labor. She pushed for twenty minutes and delivered a healthy baby boy over an intact perineum.\n");
        assertTrue(codes.contains("Z37.0"), codes.toString());
        List<String> passive = inpatientCodes("FINDINGS: G2 P1 at 40 weeks of gestation in labor. The infant was then "
                + "delivered without difficulty, Apgars 8 and 9.\n");
        assertTrue(passive.contains("Z37.0"), passive.toString());
    }

    @Test
    void aStillbornOrAnEarlierDeliveryIsNoLiveOutcomeOfThisEncounter() {
        List<String> stillborn = inpatientCodes("LABOR COURSE: G1 P0 at 30 weeks of gestation with a known fetal demise. "
                + "She delivered a stillborn male infant.\n");
        assertFalse(stillborn.contains("Z37.0"), stillborn.toString());
        List<String> earlier = inpatientCodes("PAST MEDICAL HISTORY: She delivered a healthy baby girl two years ago.\n"
                + "HPI: She is a G2 P1 at 12 weeks of gestation with nausea.\n");
        assertFalse(earlier.contains("Z37.0"), earlier.toString());
    }

    @Test
    void pretermLaborOfADeliveringPatientIsLaborWithPretermDelivery() {
        List<String> codes = inpatientCodes("DELIVERY NOTE: G1 P0 at 35 weeks of gestation with preterm labor. "
                + "After an hour of pushing she delivered a vigorous female infant.\n");
        assertTrue(codes.contains("O60.14X0"), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("O60.0")), codes.toString());
        assertTrue(codes.contains("Z37.0"), codes.toString());
    }

    @Test
    void aConditionOfADeliveringPatientTakesItsChildbirthCode() {
        List<String> codes = inpatientCodes("DELIVERY NOTE: G2 P1 at 38 weeks of gestation, her asthma well "
                + "controlled. She delivered a healthy male infant over an intact perineum.\n");
        assertTrue(codes.contains("O99.52"), codes.toString());
        assertFalse(codes.contains("O99.513"), codes.toString());
    }
}
