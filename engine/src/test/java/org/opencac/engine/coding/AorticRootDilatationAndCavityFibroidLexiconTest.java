package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Curated terms that agree with the Index: a dilated aortic root is Dilatation, aorta, see Ectasia, aorta, thoracic
 * (I77.810), the root being the start of the thoracic aorta; a fibroid inside the endometrial cavity lies under the
 * lining, a submucous leiomyoma (D25.0), not a fibroid of unstated layer (team-written notes).
 */
class AorticRootDilatationAndCavityFibroidLexiconTest {

    @Test
    void dilatationOfTheAorticRootIsThoracicAorticEctasia() {
        List<String> codes = outpatientCodes("ECHOCARDIOGRAM: Normal valves. There is mild dilatation of the aortic root.\n");
        assertTrue(codes.contains("I77.810"), codes.toString());
        List<String> before = outpatientCodes("IMPRESSION: Dilated aortic root, otherwise a normal study.\n");
        assertTrue(before.contains("I77.810"), before.toString());
    }

    @Test
    void aFibroidInTheEndometrialCavityIsSubmucous() {
        List<String> codes = inpatientCodes("DIAGNOSIS: Fibroid uterus.\nHOSPITAL COURSE: Hysteroscopy showed a large"
                + " endometrial cavity fibroid, which was shaved and removed.\n");
        assertTrue(codes.contains("D25.0"), codes.toString());
        assertFalse(codes.contains("D25.9"), codes.toString());
        assertFalse(codes.contains("D26.1"), codes.toString());
    }
}
