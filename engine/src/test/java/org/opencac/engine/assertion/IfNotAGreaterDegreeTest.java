package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Partial if not complete": the words raise the degree of the condition told before them and deny nothing. */
class IfNotAGreaterDegreeTest {

    @Test
    void aTearNearlyIfNotFullyCompleteIsCoded() {
        List<String> codes = outpatientCodes("IMPRESSION: Near-complete if not complete tear of the anterior "
                + "cruciate ligament, right knee.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S83.51")), codes.toString());
    }

    @Test
    void aPlainNotStillDenies() {
        List<String> codes = outpatientCodes("IMPRESSION: There is not a tear of the anterior cruciate ligament, right knee.");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("S83.51")), codes.toString());
    }
}
