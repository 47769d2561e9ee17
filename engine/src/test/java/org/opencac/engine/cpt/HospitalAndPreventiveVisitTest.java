package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;
import static org.opencac.engine.cpt.CptNotes.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.SystemResult;

/**
 * No office E/M code for an encounter in a hospital (hospital_encounter_cues.tsv) or for a preventive medicine
 * visit (preventive_visit_cues.txt), and no service from a hospital stay's summary; an office visit that only
 * tells of an earlier stay keeps its code.
 */
class HospitalAndPreventiveVisitTest {
    private static final String PLAN = "Assessment and Plan:\nHypertension, stable. Continue lisinopril 10 mg daily.\n";

    /** No office or emergency department code, and no patient type query (a hospital code may be there). */
    private static boolean noOfficeVisitNorQuery(String text) {
        SystemResult r = code(text);
        return r.suggestions().stream().noneMatch(s -> officeOrEmergency(s.code()))
                && r.queries().stream().noneMatch(q -> q.missing().equals("patient type"));
    }

    private static boolean officeOrEmergency(String code) {
        return code.startsWith("9920") || code.startsWith("9921") || code.startsWith("9928");
    }

    @Test
    void anOfficeFollowUpIsCoded() {
        assertEquals(List.of("99213"), codes("She returns today for follow-up of her blood pressure.\n" + PLAN));
    }

    @Test
    void aVisitInTheHospitalGetsNoOfficeCode() {
        assertTrue(noOfficeVisitNorQuery("Seen today for follow-up in the intensive care unit.\n" + PLAN
                + "We will keep following him while in-house.\n"));
        assertTrue(noOfficeVisitNorQuery("Reason for ICU follow-up: bleeding ulcer.\n" + PLAN));
        assertTrue(noOfficeVisitNorQuery("Admission diagnosis:\nPneumonia.\nShe returns for follow-up of her cough.\n" + PLAN));
    }

    @Test
    void aPatientAdmittedFromTheVisitGetsNoOfficeCode() {
        assertTrue(noOfficeVisitNorQuery("He returns for follow-up of his cough.\n" + PLAN
                + "Given his low oxygen level we will admit him to the medical floor.\n"));
    }

    @Test
    void anEarlierStayToldInTheHistoryKeepsTheOfficeCode() {
        assertEquals(List.of("99213"), codes("She returns today for follow-up. She was admitted to the hospital two years "
                + "ago for pneumonia and seen in the emergency room last month.\n" + PLAN));
    }

    @Test
    void aTestInAHospitalEncounterIsTheHospitals() {
        assertEquals(List.of("99231"), codes("History:\nHe is here today for ICU follow-up of sepsis.\nLaboratory data:\n"
                + "CBC today shows a white count of 15.\n" + PLAN));
    }

    @Test
    void aWellChildCheckGetsNoProblemOrientedOfficeCode() {
        SystemResult r = code("Subjective:\nThe boy comes with his mother for his 2-year well child check.\n"
                + PLAN + "Follow up at the next well child visit.\n");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("992")));
        assertTrue(r.queries().stream().noneMatch(q -> q.code().startsWith("992")));
    }

    @Test
    void aWellChildCheckIsCodedByAgeAndPatientType() {
        assertEquals(List.of("99392"), codes("Subjective:\nThe girl comes in for her 3-year well child check. She has done "
                + "well since the last visit.\n" + PLAN));
        assertEquals(List.of("99391"), codes("Chief complaint:\nWell-child check.\nHistory of present illness:\nThis "
                + "7-month-old boy has done well since the last visit.\n"));
    }

    @Test
    void anIntervalHistoryMakesAWellChildCheckEstablished() {
        assertEquals(List.of("99392"), codes("Chief complaint:\nWell-child check.\nHistory of present illness:\nThis "
                + "2-year-old girl is here for a well-child check. Her father says she has been doing well.\n"));
    }

    @Test
    void aProblemTheReasonNamesBesideAPreventiveVisitGetsItsOwnOfficeCode() {
        SystemResult r = code("Subjective:\nA 50-year-old man comes in for his annual physical and follow up of his"
                + " blood pressure. He has done well since the last visit.\nAssessment and plan:\n1. Hypertension, stable."
                + " Continue lisinopril.\n2. Diabetes, stable. Continue metformin.\n");
        assertEquals(List.of("99396", "99214"), r.suggestions().stream().map(s -> s.code()).toList());
        assertTrue(r.suggestions().get(1).rationale().get(0).contains("modifier 25"), r.suggestions().toString());
        assertEquals(List.of("99396"), codes("Subjective:\nA 50-year-old man comes in for his annual physical. He has"
                + " done well since the last visit.\nAssessment and plan:\n1. Hypertension, stable. Continue lisinopril.\n"));
    }

    @Test
    void aPreventiveVisitWithoutPatientTypeIsAQuery() {
        SystemResult r = code("Chief complaint:\nAnnual physical.\nHistory of present illness:\nA 45-year-old man.\n");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("993")));
        assertEquals(List.of("99386", "99396"), r.queries().get(0).options());
    }

    @Test
    void anEmergencyDepartmentVisitGetsItsOwnFamily() {
        List<String> c = codes("History of present illness:\nA man presents to the emergency department with a cut on "
                + "his hand.\nED course:\nThe wound was cleaned.\n" + PLAN);
        assertEquals(1, c.size());
        assertTrue(c.get(0).startsWith("9928"), c.toString());
    }

    @Test
    void anAdmissionNoteTellingOfTheEmergencyDepartmentGetsNoEmergencyCode() {
        assertTrue(codes("Admission diagnosis:\nPneumonia.\nHistory of present illness:\nShe presents to the emergency "
                + "department with cough.\n" + PLAN).stream().noneMatch(x -> x.startsWith("9928")));
    }

    @Test
    void aFollowUpAfterSurgeryIsInTheGlobalPeriod() {
        assertEquals(List.of("99024"), codes("Reason for visit:\nFollowup status post right knee arthroscopy and "
                + "meniscectomy.\n" + PLAN));
        assertEquals(List.of("99213"), codes("Reason for visit:\nFollowup two years status post appendectomy.\n"
                + "She returns today for follow-up of her blood pressure.\n" + PLAN));
    }

    @Test
    void aWoundCheckIsInTheGlobalPeriodWhateverThePatientsAge() {
        assertEquals(List.of("99024"), codes("History of present illness:\nMs. Doe is a 60-year-old woman who comes in for a wound"
                + " check after her hernia repair.\n" + PLAN));
    }

    @Test
    void aLaterWellChildVisitDoesNotMakeThisVisitPreventive() {
        assertEquals(List.of("99213"), codes("Subjective:\nShe returns today for follow-up of her blood pressure.\n" + PLAN
                + "Her son is due for his well child check next month.\n"));
    }

    @Test
    void aStaySummaryCodesNoService() {
        assertEquals(List.of(), codes("Admitting diagnosis:\nThigh abscess.\nDischarge diagnosis:\nThigh abscess.\n"
                + "Procedures:\nIncision and drainage of the thigh abscess.\n"));
    }

    @Test
    void headerWordsDropTheColonAndSpaces() {
        assertEquals("discharge diagnosis", EncounterPlace.headerWords("DISCHARGE  DIAGNOSIS:".toLowerCase()));
        assertFalse(EncounterPlace.headerWords("plan:").contains(":"));
    }
}
