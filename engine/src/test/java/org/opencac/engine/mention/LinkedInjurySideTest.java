package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An injury linked by "with" to a sided head injury takes the head's side (team-written sentences). */
class LinkedInjurySideTest {

    @Test
    void aTendonLacerationLinkedToASidedWristLacerationIsOfThatSide() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Left wrist laceration with a flexor carpi "
                + "radialis laceration.\n");
        assertTrue(codes.contains("S61.512A"), codes.toString());
        assertTrue(codes.contains("S56.222A"), codes.toString());
        assertFalse(codes.contains("S56.229A"), codes.toString());
    }

    @Test
    void aLinkedInjuryOfASiteWithoutSidesIsStillCoded() {
        List<String> codes = outpatientCodes("ASSESSMENT: Right femur fracture with scalp laceration.\n");
        assertTrue(codes.contains("S01.01XA"), codes.toString());
    }

    @Test
    void anInjuryOfTheNextSentenceIsNotLinkedToTheHeadInjury() {
        List<String> codes = outpatientCodes("ASSESSMENT: Right wrist laceration. Laceration of the flexor carpi "
                + "radialis tendon.\n");
        assertFalse(codes.contains("S56.221A"), codes.toString());
    }
}
