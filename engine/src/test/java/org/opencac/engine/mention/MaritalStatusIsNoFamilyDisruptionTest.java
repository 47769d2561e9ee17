package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A divorce told as a marital status in a social history is no family disruption (Z63.5); a divorce the note tells
 * as a stressor the patient is going through is.
 */
class MaritalStatusIsNoFamilyDisruptionTest {

    @Test
    void aBareMaritalStatusCodesNoDisruption() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: Divorce, has two sons, retired mechanic.\n");
        assertFalse(codes.contains("Z63.5"), codes.toString());
    }

    @Test
    void aDivorceSheIsGoingThroughIsADisruption() {
        List<String> codes = outpatientCodes("HISTORY: She is going through a divorce and feels overwhelmed.\n");
        assertTrue(codes.contains("Z63.5"), codes.toString());
    }
}
