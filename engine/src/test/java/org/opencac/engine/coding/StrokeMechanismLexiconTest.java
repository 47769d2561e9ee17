package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cerebral infarction named by its mechanism takes the Index's category for it: embolic I63.4-, thrombotic
 * I63.3-, lacunar I63.81 however the lacune is worded (infarct, infarction, stroke), never the unspecified I63.9
 * (team-written notes).
 */
class StrokeMechanismLexiconTest {

    @Test
    void aLacunarInfarctIsTheSmallArteryInfarctionAsALacunarInfarctionIs() {
        List<String> infarct = outpatientCodes("IMPRESSION: Acute lacunar infarct of the right thalamus.\n");
        assertTrue(infarct.contains("I63.81"), infarct.toString());
        assertFalse(infarct.contains("I63.9"), infarct.toString());
        List<String> stroke = outpatientCodes("IMPRESSION: Acute lacunar stroke with right arm numbness.\n");
        assertTrue(stroke.contains("I63.81"), stroke.toString());
    }

    @Test
    void anEmbolicStrokeIsTheInfarctionDueToEmbolism() {
        List<String> codes = outpatientCodes("IMPRESSION: Acute cardioembolic stroke in a patient with atrial "
                + "fibrillation.\n");
        assertTrue(codes.contains("I63.40"), codes.toString());
        assertFalse(codes.contains("I63.9"), codes.toString());
    }
}
