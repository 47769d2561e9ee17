package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words a clinician writes for a condition the Index names otherwise (team-written sentences). */
class RecognitionWordsTest {

    @Test
    void aRefractureIsCodedAsANewFractureOfItsSite() {
        // a bone broken again where it had healed is a new fracture: its site and side give the code
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Left clavicle refracture after a fall.\n"
                + "PROCEDURE: Open reduction and plate fixation.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S42.0") && c.endsWith("A")), codes.toString());
    }

    @Test
    void diverticularChangesAreDiverticulosis() {
        List<String> codes = outpatientCodes("IMPRESSION: Scattered diverticular changes without inflammation.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("K57.") && c.endsWith("0")), codes.toString());
    }
}
