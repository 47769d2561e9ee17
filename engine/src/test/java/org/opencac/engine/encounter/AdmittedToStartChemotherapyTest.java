package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An admission "to start" (begin, receive) chemotherapy is an admission for it (Z51.11, Guidelines I.C.2.e.2),
 * said in the impression as well as in the history, or named by a reason-for-admission header; chemotherapy
 * started after an admission for another reason, or named after a chief complaint's header, is not.
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

    @Test
    void aReasonForAdmissionHeaderNamingChemotherapyIsTheReasonListedFirst() {
        List<String> codes = inpatientCodes("REASON FOR ADMISSION: Intravesical chemotherapy.\n"
                + "HISTORY: A 70-year-old man with urothelial carcinoma of the bladder dome, second treatment.\n"
                + "IMPRESSION: Urothelial carcinoma of the bladder dome.\n");
        assertTrue(!codes.isEmpty() && codes.get(0).equals("Z51.11"), codes.toString());
    }

    @Test
    void aChiefComplaintNamingChemotherapyIsNotTheReasonWithoutALead() {
        List<String> codes = inpatientCodes("CHIEF COMPLAINT: Vomiting since chemotherapy.\n"
                + "IMPRESSION: Vomiting after chemotherapy for a lymphoma of the stomach.\n");
        assertFalse(codes.contains("Z51.11"), codes.toString());
    }
}
