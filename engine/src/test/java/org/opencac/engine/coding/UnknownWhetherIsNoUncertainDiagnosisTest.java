package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A condition the writer does not know of ("unknown whether") is no uncertain diagnosis, even for an inpatient. */
class UnknownWhetherIsNoUncertainDiagnosisTest {

    @Test
    void aConditionUnknownWhetherThePatientHasIsNotCodedForAnInpatient() {
        List<String> codes = inpatientCodes("ASSESSMENT AND PLAN:\n1. Hyperglycemia. It is unknown whether the patient"
                + " has diabetes mellitus. Sliding scale insulin.\n2. Hypokalemia.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("E11")), codes.toString());
        assertTrue(codes.contains("E87.6"), codes.toString());
    }

    @Test
    void aProbableDiagnosisIsStillCodedForAnInpatient() {
        List<String> codes = inpatientCodes("ASSESSMENT AND PLAN:\n1. Probable diabetes mellitus. Sliding scale insulin."
                + "\n2. Hypokalemia.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("E11")), codes.toString());
    }
}
