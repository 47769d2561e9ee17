package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heart valve the patient has, named by its material or its maker, gives its presence code: a bioprosthetic
 * valve Z95.3, a St. Jude (mechanical) valve Z95.2, a homograft Z95.4 (team-written sentences).
 */
class HeartValveByMaterialOrMakerTest {

    @Test
    void aBioprostheticValveIsAXenogenicValve() {
        List<String> codes = outpatientCodes("HPI: He had his aortic valve replaced with a bioprosthetic valve"
                + " three years ago and comes for a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertTrue(codes.contains("Z95.3"), codes.toString());
    }

    @Test
    void aValveNamedByItsMakerIsAProstheticValve() {
        List<String> codes = outpatientCodes("HPI: She has had a St. Jude valve in the mitral position since"
                + " 2010 and comes for a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertTrue(codes.contains("Z95.2"), codes.toString());
    }

    @Test
    void aHomograftValveIsAnotherHeartValveReplacement() {
        List<String> codes = outpatientCodes("HPI: He has a pulmonary homograft valve from a repair in childhood"
                + " and comes for a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertTrue(codes.contains("Z95.4"), codes.toString());
    }
}
