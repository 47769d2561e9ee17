package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A candidate for a transplant has no transplant yet; a recipient has one (team-written). */
class CandidateForTransplantTest {

    @Test
    void aCandidateForAKidneyTransplantationHasNoTransplantStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: End-stage renal disease on dialysis. He is a good candidate "
                + "for"
                + " a kidney transplantation.\n");
        assertFalse(codes.contains("Z94.0"), codes.toString());
    }

    @Test
    void aRecipientOfAKidneyTransplantationHasTheStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: Fever. She had a kidney transplantation eight years ago.\n");
        assertTrue(codes.contains("Z94.0"), codes.toString());
    }
}
