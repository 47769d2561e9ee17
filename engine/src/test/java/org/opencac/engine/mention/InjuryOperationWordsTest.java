package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of an operation on an injury ("internal" of "internal fixation") name no site of the injury: the
 * injury is read from the words after the operation's noun (team-written sentences).
 */
class InjuryOperationWordsTest {

    @Test
    void internalOfInternalFixationIsNoSiteOfTheFracture() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Suture removal.\nASSESSMENT: Healing well after"
                + " internal fixation of left tibial plateau fracture.\n");
        assertTrue(codes.contains("S82.142D"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M84")), codes.toString());
    }

    @Test
    void aSiteWrittenOnlyBeforeTheOperationStaysTheInjurysSite() {
        List<String> codes = outpatientCodes("ASSESSMENT: Left distal radius closed reduction of the fracture"
                + " this afternoon.\n");
        assertTrue(codes.contains("S52.502A"), codes.toString());
    }

    @Test
    void theSameInjuryNamedAgainInTheNarrativeTakesTheVisitsSubsequentEncounterOnly() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Recheck.\nHISTORY OF PRESENT ILLNESS: Seen three"
                + " weeks after fixation of a left tibial plateau fracture; walking with crutches.\n"
                + "ASSESSMENT: Status post ORIF of left tibial plateau fracture, healing.\n");
        assertTrue(codes.contains("S82.142D"), codes.toString());
        assertFalse(codes.contains("S82.142A"), codes.toString());
    }
}
