package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.Coded;

/**
 * An intubation the anesthetist found difficult, or could not achieve, at this admission's operation is the
 * complication T88.4XXA (Failed or difficult intubation), initial encounter; a denied one is not coded.
 */
class DifficultIntubationTest {

    @Test
    void aDifficultIntubationAtTheOperationIsCoded() {
        List<String> codes = Coded.inpatientCodes(
                "HOSPITAL COURSE: He went to surgery the next morning and was a difficult intubation.\n");
        assertTrue(codes.contains("T88.4XXA"), codes.toString());
    }

    @Test
    void noDifficultIntubationIsNotCoded() {
        List<String> codes = Coded.inpatientCodes("ANESTHESIA: General, no difficult intubation.\n");
        assertFalse(codes.contains("T88.4XXA"), codes.toString());
    }
}
