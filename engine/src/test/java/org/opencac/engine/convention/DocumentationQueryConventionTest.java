package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.DocumentationQuery;

/** Provider queries for details an unspecified code lacks, and none where a guideline sets the default. */
class DocumentationQueryConventionTest {

    private static DocumentationQuery query(CodingResult r, String code) {
        return r.queries().stream().filter(q -> q.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no query for " + code + ": " + r.queries()));
    }

    private static void assertNoQuery(CodingResult r, String code) {
        assertTrue(r.queries().stream().noneMatch(q -> q.code().equals(code)), "unexpected query: " + r.queries());
    }

    @Test
    @DisplayName("I.A.9 heart failure, unspecified: query type and acuity with systolic/diastolic/combined options")
    void I_A_9_heartFailureUnspecifiedQueriesType() {
        String note = "ASSESSMENT:\n1. Heart failure.\n";
        DocumentationQuery q = query(code(note, CareSetting.OUTPATIENT), "I50.9");
        assertEquals("type and acuity", q.missing());
        assertEquals(List.of("I50.20", "I50.30", "I50.40"), q.options());
        assertTrue(q.prompt().contains("systolic"));
        assertEquals("Heart failure", q.evidence().get(0).text());
        assertEquals(note.substring(q.evidence().get(0).start(), q.evidence().get(0).end()), q.evidence().get(0).text());
    }

    @Test
    @DisplayName("I.C.14.a CKD, unspecified: query the stage")
    void I_C_14_a_ckdUnspecifiedQueriesStage() {
        DocumentationQuery q = query(code("ASSESSMENT:\n1. Chronic kidney disease.\n", CareSetting.OUTPATIENT), "N18.9");
        assertEquals("stage", q.missing());
        assertEquals(List.of("N18.31", "N18.32", "N18.4", "N18.2", "N18.5"), q.options());
    }

    @Test
    @DisplayName("I.C.14.a CKD with a documented stage: no query")
    void I_C_14_a_ckdWithStageNoQuery() {
        CodingResult r = code("ASSESSMENT:\n1. Chronic kidney disease stage 4.\n", CareSetting.OUTPATIENT);
        assertTrue(r.queries().isEmpty(), r.queries().toString());
    }

    @Test
    @DisplayName("I.B.13 knee pain without side: query laterality")
    void I_B_13_kneePainQueriesLaterality() {
        DocumentationQuery q = query(code("ASSESSMENT:\n1. Knee pain.\n", CareSetting.OUTPATIENT), "M25.569");
        assertEquals("laterality", q.missing());
        assertEquals(List.of("M25.561", "M25.562"), q.options());
    }

    @Test
    @DisplayName("I.B.13 knee pain with side: no laterality query")
    void I_B_13_kneePainWithSideNoQuery() {
        assertNoQuery(code("ASSESSMENT:\n1. Right knee pain.\n", CareSetting.OUTPATIENT), "M25.561");
    }

    @Test
    @DisplayName("I.C.12.a pressure ulcer without stage: query the stage")
    void I_C_12_a_pressureUlcerQueriesStage() {
        DocumentationQuery q = query(code("ASSESSMENT:\n1. Pressure ulcer of sacral region.\n", CareSetting.OUTPATIENT),
                "L89.159");
        assertEquals("stage", q.missing());
        assertEquals(List.of("L89.152", "L89.153", "L89.154", "L89.151", "L89.150"), q.options());
    }

    @Test
    @DisplayName("I.C.19.a injury in the ED: the initial-encounter default needs no query")
    void I_C_19_a_emergencyInjuryNoEncounterQuery() {
        assertNoQuery(code("EMERGENCY DEPARTMENT NOTE\nASSESSMENT:\n1. Contusion of right knee.\n",
                CareSetting.OUTPATIENT), "S80.01XA");
    }

    @Test
    @DisplayName("I.C.19.a injury in the office without an encounter: query initial, subsequent or sequela")
    void I_C_19_a_officeInjuryQueriesEncounter() {
        DocumentationQuery q = query(code("ASSESSMENT:\n1. Contusion of right knee.\n", CareSetting.OUTPATIENT),
                "S80.01XA");
        assertEquals("encounter", q.missing());
        assertEquals(List.of("S80.01XA", "S80.01XD", "S80.01XS"), q.options());
    }

    @Test
    @DisplayName("I.C.4.a.2 diabetes without a type defaults to E11: no query")
    void I_C_4_a_2_diabetesTypeDefaultNoQuery() {
        CodingResult r = code("ASSESSMENT:\n1. Diabetes mellitus.\n", CareSetting.OUTPATIENT);
        assertNoQuery(r, "E11.9");
    }
}
