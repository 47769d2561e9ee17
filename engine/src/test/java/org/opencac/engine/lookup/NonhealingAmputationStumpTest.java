package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.testing.NoteAssert;

/**
 * An amputation that does not heal is a complication of the amputation stump (T87.89, "other complications of
 * amputation stump"), not only the status of a missing limb (Z89.-): a stay for its debridement is for that
 * complication, listed before the vascular disease that led to the amputation.
 */
class NonhealingAmputationStumpTest {

    @Test
    void aNonhealingBelowKneeAmputationIsAComplicationOfTheStump() {
        List<String> codes = NoteAssert.codes(code("DISCHARGE DIAGNOSIS: Nonhealing left below-knee amputation.\n"
                + "SECONDARY DIAGNOSES:\n1. Peripheral vascular disease.\n2. Hypothyroidism.\n", CareSetting.INPATIENT));
        assertEquals("T87.89", codes.isEmpty() ? null : codes.get(0), codes.toString());
    }

    @Test
    void aNonhealingStumpWithoutASideIsTheSameComplication() {
        List<String> codes = outpatientCodes("ASSESSMENT: Non-healing amputation stump of the right leg.\n");
        assertTrue(codes.contains("T87.89"), codes.toString());
    }

    @Test
    void aHealedAmputationIsOnlyTheMissingLimb() {
        List<String> codes = outpatientCodes("ASSESSMENT: Status post left below-knee amputation, well healed.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("T87")), codes.toString());
    }
}
