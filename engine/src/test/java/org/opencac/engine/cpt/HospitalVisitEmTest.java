package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;
import static org.opencac.engine.cpt.CptNotes.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;

/**
 * A hospital stay's own note gets its hospital E/M family: initial hospital care for the admission and an inpatient
 * consultation, subsequent hospital care for a progress note, both by the MDM level; discharge day management by
 * the time stated; none for the surgeon's admission or discharge around an operation.
 */
class HospitalVisitEmTest {
    private static final String MODERATE_PLAN = "Assessment and Plan:\n1. Hypertension, stable. Continue lisinopril.\n"
            + "2. Diabetes, stable. Continue metformin.\n";

    @Test
    void anAdmissionsHistoryAndPhysicalIsInitialHospitalCareAtItsMdmLevel() {
        assertEquals(List.of("99222"), codes("Reason for admission:\nWeakness.\nHistory of present illness:\nAn older man"
                + " with weakness for two days.\n" + MODERATE_PLAN));
    }

    @Test
    void anInpatientConsultationTakesTheInitialHospitalCareLevel() {
        Suggestion s = code("Reason for consultation:\nLow sodium.\nHistory of present illness:\nShe is in-house for a"
                + " fall.\n" + MODERATE_PLAN).suggestions().get(0);
        assertEquals("99222", s.code());
        assertTrue(s.rationale().stream().anyMatch(r -> r.contains("CMS")), s.rationale().toString());
    }

    @Test
    void aProgressNoteOfTheStayIsSubsequentHospitalCare() {
        assertEquals(List.of("99232"), codes("Subjective:\nHospital day 3. He slept well.\n" + MODERATE_PLAN));
    }

    @Test
    void aDischargeSummaryIsDischargeDayManagementByTheTimeStated() {
        String summary = "Discharge diagnosis:\nPneumonia.\nHospital course:\nShe improved on antibiotics.\n";
        SystemResult untimed = code(summary);
        assertEquals(List.of("99238"), untimed.suggestions().stream().map(Suggestion::code).toList());
        assertEquals(List.of("99238", "99239"), untimed.queries().get(0).options());
        assertEquals(List.of("99239"), codes(summary + "More than 30 minutes were spent on the discharge.\n"));
        assertEquals(List.of("99238"), codes(summary + "Time spent on the discharge was 20 minutes.\n"));
    }

    @Test
    void aTimeOnALineOfItsOwnIsNotTheDischargeDaysEvenWhenTheNextLineNamesTheDischarge() {
        assertEquals(Integer.valueOf(45), HospitalVisitEm.dischargeMinutes("time spent: over 44 min."));
        assertEquals(null, HospitalVisitEm.dischargeMinutes("infusion over 40 minutes\nplanned discharge home."));
    }

    @Test
    void theSurgeonsAdmissionOrDischargeAroundAnOperationIsInTheGlobalPackage() {
        SystemResult admission = code("Chief complaint:\nGallstones.\nHistory of present illness:\nShe is being admitted"
                + " to the operating room today for a cholecystectomy.\n" + MODERATE_PLAN);
        assertTrue(admission.suggestions().isEmpty(), admission.suggestions().toString());
        assertEquals("surgical package", admission.queries().get(0).missing());
        assertTrue(codes("Discharge diagnosis:\nGallstones.\nProcedure:\nLaparoscopic cholecystectomy.\nHospital course:\n"
                + "Uneventful.\n").isEmpty());
    }

    @Test
    void aDischargeAfterAnOperationToldInTheCourseOrUnderAProceduresDoneHeaderIsInTheGlobalPackage() {
        SystemResult told = code("Discharge diagnosis:\nAppendicitis.\nHospital course:\nShe went to the operating room"
                + " on the day she came and did well.\n");
        assertTrue(told.suggestions().isEmpty(), told.suggestions().toString());
        assertEquals("surgical package", told.queries().get(0).missing());
        assertTrue(codes("Discharge diagnoses:\nInguinal hernia.\nProcedures done:\nInguinal hernia repair.\n"
                + "Hospital course:\nUneventful.\n").isEmpty());
    }

    @Test
    void aDischargeAfterCoronaryAngioplastyIsDischargeDayManagement() {
        assertEquals(List.of("99238"), codes("Discharge diagnosis:\nCoronary artery disease.\nHistory of present"
                + " illness:\nChest pain on exertion.\nProcedures:\nCoronary angioplasty with a stent.\nHospital course:\n"
                + "He had no chest pain after the intervention.\n"));
    }

    @Test
    void aPostoperativeDayVisitIsInTheGlobalPeriod() {
        assertEquals(List.of("99024"), codes("Subjective:\nPostoperative day 2 after a knee repair, in-house. Pain is"
                + " controlled.\n" + MODERATE_PLAN));
    }

    @Test
    void aCaseToldOverAStayGetsNoVisitCode() {
        assertTrue(codes("Chief complaint:\nCough.\nHistory of present illness:\nHe was admitted with a cough.\n"
                + "Hospital course:\nHe improved.\n").isEmpty());
    }

    @Test
    void aStaySummaryWithADispositionIsTheDischargeDaysAndAfterAnOperationTheSurgeons() {
        assertEquals(List.of("99238"), codes("Chief complaint:\nCough.\nHospital course:\nHe improved on antibiotics.\n"
                + "Disposition:\nHome.\n"));
        assertTrue(codes("Chief complaint:\nCough.\nHospital course:\nHe improved and was discharged home; a month"
                + " later he was seen again.\n").isEmpty());
        SystemResult r = code("Principal procedure:\nHip replacement.\nHistory of present illness:\nHip arthritis.\n"
                + "Hospital course:\nShe was taken to the operating room and did well.\nDisposition:\nHome on day two.\n");
        assertTrue(r.suggestions().isEmpty(), r.suggestions().toString());
        assertTrue(r.queries().stream().anyMatch(q -> q.missing().equals("surgical package")), r.queries().toString());
    }

    @Test
    void anUrgentCareVisitIsNoEmergencyDepartmentVisit() {
        assertTrue(codes("History of present illness:\nA boy with a sore throat.\nCourse in the ED:\nHe was seen in the"
                + " urgent care and given amoxicillin.\nImpression:\nPharyngitis.\n").stream()
                .noneMatch(c -> c.startsWith("9928")));
    }

    @Test
    void anEmergencyDecisionToAdmitOrOperateIsHighRisk() {
        assertEquals(List.of("99285"), codes("History of present illness:\nAn older woman presents to the emergency"
                + " department after a fall.\nAssessment:\nHip fracture.\nPlan:\nShe should be admitted for surgery.\n"));
    }
}
