package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an encounter for a wound's aftercare (Z48.0-) reports (Guidelines I.C.19.a, I.C.21.c.7; team-written notes). */
class WoundAftercareCheckTest {

    @Test
    void dressingChangeOfAnInjuryIsTheInjurysSubsequentEncounter() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Dressing change.\n"
                + "HISTORY OF PRESENT ILLNESS: The laceration on his right hand was closed three days ago. He"
                + " presents for a dressing change.\n"
                + "ASSESSMENT: Laceration of the right hand, healing.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z48.0")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S61.") && c.endsWith("D")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("S61.") && c.endsWith("A")), codes.toString());
    }

    @Test
    void dressingChangeOfASurgicalWoundWithoutInjuryStaysAftercare() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Dressing change.\n"
                + "HISTORY OF PRESENT ILLNESS: Her gallbladder was taken out by laparoscopy a week ago. She"
                + " presents for a dressing change.\n"
                + "ASSESSMENT: Incisions clean and dry.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("Z48.0")), codes.toString());
    }

    @Test
    void dressingChangedDuringAnOperationIsAStepOfItNotAnAftercareEncounter() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Laceration of the left forearm.\n"
                + "POSTOPERATIVE DIAGNOSIS: Laceration of the left forearm.\n"
                + "PROCEDURE: Repair of the forearm laceration.\n"
                + "ANESTHESIA: Local.\n"
                + "INDICATIONS: A glass cut today. We will close the wound and change the dressing.\n"
                + "DESCRIPTION OF PROCEDURE: The wound was irrigated and closed. A sterile dressing was applied.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z48.0")), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S51.") && c.endsWith("A")), codes.toString());
    }
}
