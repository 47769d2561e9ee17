package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.cpt.CptNotes.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.SystemResult;

/**
 * The office E/M code only for a note that is an office visit, with new or established patient read from
 * phrases about this visit, not a later one (visit_time_cues.tsv, not_office_visit_sections.txt).
 */
class OfficeVisitTimeTest {
    private static final String PLAN = "Assessment and Plan:\nHypertension, stable. Continue lisinopril 10 mg daily.\n";

    private static List<String> emCodes(SystemResult r) {
        return r.suggestions().stream().map(s -> s.code()).filter(c -> c.startsWith("992")).toList();
    }

    private static boolean asksPatientType(SystemResult r) {
        return r.queries().stream().anyMatch(q -> q.missing().equals("patient type"));
    }

    @Test
    void aLaterFollowUpDoesNotMakeTheVisitAnEstablishedPatients() {
        SystemResult r = code("New patient visit.\n" + PLAN + "She will follow up in three weeks.\n");
        assertEquals(List.of("99203"), emCodes(r), r.queries().toString());
    }

    @Test
    void aFollowUpOnlyForLaterLeavesThePatientTypeAsked() {
        assertTrue(asksPatientType(code("Blood pressure check.\n" + PLAN + "I am going to recheck him in a month.\n")));
        assertTrue(asksPatientType(code("Blood pressure check.\n" + PLAN + "Return to follow up if the pain worsens.\n")));
        SystemResult r = code("Blood pressure check.\n" + PLAN + "Follow up with the cardiologist next month.\n");
        assertEquals(List.of(), emCodes(r));
        assertTrue(asksPatientType(r));
    }

    @Test
    void aRecheckIsThisVisitsOnlyWhenSaidOfThisVisit() {
        assertTrue(asksPatientType(code("Blood pressure check.\n" + PLAN + "Recheck the potassium level annually.\n")));
        assertEquals(List.of("99213"), emCodes(code("She returns today for a recheck of her blood pressure.\n" + PLAN)));
    }

    @Test
    void aFollowUpVisitWithAWrittenDateIsThatVisitNotThisOne() {
        assertTrue(asksPatientType(code("Cough for three days.\nShe presented for a follow-up visit with her surgeon on "
                + "03/14/2011, when the wound was healed.\n" + PLAN)));
    }

    @Test
    void theTimeWordNearestTheRecheckDecidesItsVisit() {
        assertTrue(asksPatientType(code("Cough for three days.\n" + PLAN
                + "We will see how he feels tomorrow when he comes back for a recheck.\n")));
        assertEquals(List.of("99213"), emCodes(code("He comes in today for a recheck of his blood pressure.\n" + PLAN)));
    }

    @Test
    void aFollowUpDeniedOrOfAnotherVisitIsNotThisVisit() {
        assertTrue(asksPatientType(code("Blood pressure check. He has had no regular follow-up for years.\n" + PLAN)));
        assertTrue(asksPatientType(code("Blood pressure check.\n" + PLAN + "See her back in two months for follow-up.\n")));
        assertTrue(asksPatientType(code("Blood pressure check.\n" + PLAN + "Follow up results of the lipid panel.\n")));
        SystemResult r = code("Seen today for her blood pressure. In the first visit the pressure was high.\n" + PLAN
                + "She is here for follow-up.\n");
        assertEquals(List.of("99213"), emCodes(r));
    }

    @Test
    void aStraightforwardLevelReadFromNoProblemOrManagementIsAskedNotCoded() {
        SystemResult r = code("Established patient follow-up visit.\nAssessment and Plan:\nHypertension, stable. Diabetes "
                + "mellitus type 2, well controlled. Hyperlipidemia, stable.\n");
        assertEquals(List.of(), emCodes(r));
        assertTrue(r.queries().stream().anyMatch(q -> q.missing().equals("MDM level")), r.queries().toString());
        assertEquals(List.of("99212"), emCodes(code("Established patient follow-up visit.\nAssessment and Plan:\n"
                + "Insect bite of the arm, a minor problem. Ice and rest.\n")));
    }

    @Test
    void aFollowUpSaidOfThisVisitMakesItAnEstablishedPatients() {
        SystemResult r = code("He is here today for follow up of his blood pressure.\n" + PLAN);
        assertEquals(List.of("99213"), emCodes(r));
    }

    @Test
    void aReturnVisitToTheClinicIsThisVisit() {
        SystemResult r = code("This is her return visit to our kidney clinic.\n" + PLAN);
        assertEquals(List.of("99213"), emCodes(r));
    }

    @Test
    void aPatientStatusPhraseCountsWhateverWordFollowsIt() {
        SystemResult r = code("A young woman, established patient in our practice, with a rash.\n" + PLAN);
        assertEquals(List.of("99213"), emCodes(r));
    }

    @Test
    void aFollowUpInAnInstructionsSectionIsALaterVisit() {
        SystemResult r = code("New patient visit.\n" + PLAN + "Follow-up:\nRecheck at the office soon.\n");
        assertEquals(List.of("99203"), emCodes(r), r.queries().toString());
    }

    @Test
    void followUpImagingIsNoVisit() {
        SystemResult r = code("New patient visit.\n" + PLAN + "A follow-up CT is advised.\n");
        assertEquals(List.of("99203"), emCodes(r), r.queries().toString());
    }

    @Test
    void aProcedureReportGetsNoOfficeVisitCodeNorPatientTypeQuestion() {
        SystemResult r = code("Procedure performed:\nExcision of a small skin lesion of the back.\n"
                + "Established patient seen for the removal.\n" + PLAN + "She will come back next week.\n");
        assertEquals(List.of(), emCodes(r));
        assertTrue(!asksPatientType(r), r.queries().toString());
    }

    @Test
    void aHospitalStaySummaryGetsNoOfficeVisitCode() {
        SystemResult r = code("Hospital course:\nHe improved on intravenous fluids.\nHe is here for follow up.\n" + PLAN);
        assertEquals(List.of(), emCodes(r));
    }
}
