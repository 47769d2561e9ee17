package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hospital course that tells the stay was an admission for a cycle of chemotherapy names what the stay was
 * for: Z51.11 is the principal diagnosis even beside an admitting diagnosis list that names the cancer
 * (Guidelines I.C.2.e.2); a course that only mentions earlier chemotherapy states no such reason.
 */
class AdmissionForChemotherapyToldInTheCourseTest {

    @Test
    void anAdmissionForACycleToldInTheCourseLeadsTheListedCancer() {
        List<String> codes = inpatientCodes("ADMITTING DIAGNOSES:\n1. Synovial sarcoma of the right thigh.\n"
                + "2. Anemia.\nHOSPITAL COURSE:\n1. Synovial sarcoma. The patient was admitted for cycle three of "
                + "ifosfamide chemotherapy, which she tolerated well.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z51.11", codes.get(0), codes.toString());
    }

    @Test
    void aCourseThatTellsNoAdmissionForChemotherapyKeepsTheCancerFirst() {
        List<String> codes = inpatientCodes("ADMITTING DIAGNOSES:\n1. Synovial sarcoma of the right thigh.\n"
                + "HOSPITAL COURSE:\n1. Synovial sarcoma. She was admitted with a fever; her chemotherapy was "
                + "given last month.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertTrue(codes.get(0).startsWith("C"), codes.toString());
    }

    @Test
    void aCycleOfNamedDrugsWithDosingWordsTheCourseSaysThePatientCameForLeadsTheListedCancer() {
        List<String> codes = inpatientCodes("ADMITTING DIAGNOSES:\n1. Osteosarcoma of the right tibia.\n"
                + "2. Hypertension.\nHOSPITAL COURSE:\n1. Osteosarcoma. This planned stay: she came in for course 3 "
                + "of IV 24-hour ifosfamide, with no nausea afterwards.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z51.11", codes.get(0), codes.toString());
    }
}
