package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An admission "to start" (begin, receive) chemotherapy is an admission for it (Z51.11, Guidelines I.C.2.e.2),
 * said in the impression as well as in the history; chemotherapy started after an admission for another reason
 * is not.
 */
class AdmittedToStartChemotherapyTest {

    @Test
    void anAdmissionToStartChemotherapyIsForChemotherapy() {
        List<String> codes = inpatientCodes("IMPRESSION: Recently diagnosed diffuse large B-cell lymphoma, admitted "
                + "today to begin chemotherapy with R-CHOP.\n");
        assertTrue(codes.contains("Z51.11"), codes.toString());
    }

    @Test
    void chemotherapyStartedAfterAnAdmissionForPainIsNotTheReason() {
        List<String> codes = inpatientCodes("HISTORY OF PRESENT ILLNESS: Admitted for abdominal pain; lymphoma was "
                + "found and chemotherapy was started on the third day.\nIMPRESSION: Diffuse large B-cell "
                + "lymphoma.\n");
        assertFalse(codes.contains("Z51.11"), codes.toString());
    }
}
