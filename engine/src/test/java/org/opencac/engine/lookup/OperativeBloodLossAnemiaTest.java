package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/**
 * Blood lost during an operation is the Index's postoperative blood loss: an anemia due to it is Anemia,
 * postoperative, due to (acute) blood loss (D62), not the chronic blood loss anemia of Anemia, due to, blood
 * loss (D50.0).
 */
class OperativeBloodLossAnemiaTest {

    @Test
    void anemiaDueToOperativeBloodLossIsAcutePostoperativeAnemia() {
        List<String> codes = Coded.inpatientCodes("DISCHARGE DIAGNOSES:\n1. Anemia due to operative blood loss, stable.\n");
        assertTrue(codes.contains("D62"), codes.toString());
        assertFalse(codes.contains("D50.0"), codes.toString());
    }

    @Test
    void anemiaDueToIntraoperativeBloodLossIsAcutePostoperativeAnemia() {
        List<String> codes = Coded.inpatientCodes("ASSESSMENT:\n1. Anemia due to intraoperative blood loss.\n");
        assertTrue(codes.contains("D62"), codes.toString());
    }

    @Test
    void operativeBloodLossWithoutAnemiaIsNotCoded() {
        List<String> codes = Coded.inpatientCodes("FINDINGS: Operative blood loss was about 50 mL.\n");
        assertFalse(codes.contains("D62"), codes.toString());
    }
}
