package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A habit whose own bracket says it was given up is a former one (team-written). */
class BracketedQuitCueTest {

    @Test
    void alcoholAbuseWithABracketedQuitIsNoCurrentAbuse() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: Alcohol abuse (quit 2001), no drug use.\n"
                + "ASSESSMENT: Hypertension.\n");
        assertFalse(codes.contains("F10.10"), codes.toString());
    }

    @Test
    void alcoholAbuseWithABracketThatSaysNothingOfQuittingStaysCurrent() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: Alcohol abuse (drinks daily), no drug use.\n"
                + "ASSESSMENT: Hypertension. Alcohol abuse.\n");
        assertTrue(codes.contains("F10.10"), codes.toString());
    }
}
