package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "versus" of a disease's name (graft-versus-host) weighs no two diagnoses (team-written sentences). */
class GraftVersusHostNameTest {

    @Test
    void aConditionBeforeGraftVersusHostIsNotMadeUncertain() {
        List<String> codes = outpatientCodes("DIAGNOSES: Depressive disorder due to the medical condition of"
                + " graft-versus-host disease.\n");
        assertTrue(codes.contains("F06.31"), codes.toString());
    }

    @Test
    void versusBetweenTwoDiagnosesStillWeighsThem() {
        List<String> codes = outpatientCodes("ASSESSMENT: Cellulitis versus contact dermatitis.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("L03") || c.startsWith("L25")), codes.toString());
    }
}
