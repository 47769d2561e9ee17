package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Both sides of" a structure names that structure's two sides, not both sides of the patient: it leaves the
 * side the note gives a limb site alone, and says both sides only of the site it names (Guidelines I.B.13).
 * Team-written sentences.
 */
class SidesOfANamedStructureTest {

    @Test
    void bothSidesOfAnotherStructureLeaveTheSideTheNoteGivesTheSite() {
        List<String> codes = outpatientCodes("EXAM:,MRI LEFT ELBOW,CLINICAL:, A 40-year-old woman with elbow pain.,"
                + "FINDINGS:,There is a little fluid on both sides of the tendon.,IMPRESSION:,No tear.");
        assertTrue(codes.contains("M25.522") && !codes.contains("M25.529"), codes.toString());
    }

    @Test
    void bothSidesWrittenOfNoStructureStillLendNoOneSide() {
        List<String> codes = outpatientCodes("EXAM:,MRI LEFT ELBOW,CLINICAL:, A 40-year-old woman with elbow pain.,"
                + "FINDINGS:,She reports the ache on both sides.,IMPRESSION:,No tear.");
        assertTrue(!codes.contains("M25.522"), codes.toString());
    }
}
