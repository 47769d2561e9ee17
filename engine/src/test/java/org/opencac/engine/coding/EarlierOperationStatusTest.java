package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A joint implant or a coronary bypass graft left by an earlier operation is a status (team-written notes). */
class EarlierOperationStatusTest {

    @Test
    void jointReplacedYearsAgoIsAStatusWithItsSide() {
        List<String> codes = inpatientCodes("HISTORY: Gout. She had a left total knee arthroplasty six years ago.\n"
                + "ASSESSMENT: Gout of the right foot.\n");
        assertTrue(codes.contains("Z96.652"), codes.toString());
    }

    @Test
    void earlierCoronaryBypassIsAStatus() {
        List<String> codes = inpatientCodes("PAST MEDICAL HISTORY: Coronary artery disease, status post coronary artery"
                + " bypass grafting.\nASSESSMENT: Stable angina.\n");
        assertTrue(codes.contains("Z95.1"), codes.toString());
    }

    @Test
    void coronaryBypassDatedToAnEarlierYearIsAStatus() {
        List<String> codes = inpatientCodes("HISTORY OF PRESENT ILLNESS: He comes for a fistula. He had coronary"
                + " bypass surgery in 2011 and sees his cardiologist yearly.\nASSESSMENT: End-stage renal disease.\n");
        assertTrue(codes.contains("Z95.1"), codes.toString());
        List<String> stay = inpatientCodes("HOSPITAL COURSE: He was taken to the operating room on 03/14/2008 where"
                + " a coronary bypass was done without event.\nDISCHARGE DIAGNOSIS: Three-vessel coronary disease.\n");
        assertFalse(stay.contains("Z95.1"), stay.toString());
    }

    @Test
    void operationOfThisEncounterIsNotAStatus() {
        List<String> codes = inpatientCodes("PREOPERATIVE DIAGNOSIS: Osteoarthritis of the left knee.\n"
                + "PROCEDURE: Left total knee arthroplasty.\nHISTORY: Years of knee pain.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z96.6")), codes.toString());
    }
}
