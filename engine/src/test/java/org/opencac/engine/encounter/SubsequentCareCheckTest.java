package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 7th character of an injury code at a visit after the injury's active treatment (team-written notes). */
class SubsequentCareCheckTest {

    @Test
    void therapyDischargeReportsTheInjuryAsSubsequentCare() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Strain of muscle of the neck.\n"
                + "SUMMARY: Seen for six physical therapy sessions of stretching and strengthening.\n"
                + "RECOMMENDATIONS: Discharged from physical therapy with a home exercise program.\n");
        assertTrue(codes.contains("S16.1XXD"), codes.toString());
        assertFalse(codes.contains("S16.1XXA"), codes.toString());
    }

    @Test
    void referralToTherapyInThePlanKeepsTheInitialEncounter() {
        List<String> codes = outpatientCodes("ASSESSMENT: Strain of muscle of the neck after lifting a box today.\n"
                + "PLAN: Ibuprofen. Refer to physical therapy.\n");
        assertTrue(codes.contains("S16.1XXA"), codes.toString());
        assertFalse(codes.contains("S16.1XXD"), codes.toString());
    }

    @Test
    void aTherapistsPlanOfSkilledTherapyReportsTheInjuryAsSubsequentCare() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Strain of muscle of the neck.\n"
                + "ASSESSMENT: He would gain from skilled physical therapy twice a week for a month.\n");
        assertTrue(codes.contains("S16.1XXD"), codes.toString());
        assertFalse(codes.contains("S16.1XXA"), codes.toString());
    }

    @Test
    void followUpOfAFractureIsSubsequentCare() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Follow-up of left distal radius fracture, cast in "
                + "place.\n"
                + "ASSESSMENT: Healing well. Closed fracture of the lower end of the left radius.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S52.") && c.endsWith("D")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S52.") && c.endsWith("A")), codes.toString());
    }
}
