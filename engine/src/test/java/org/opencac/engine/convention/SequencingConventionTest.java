package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * First-listed and principal diagnosis selection (Guidelines II, IV.G, IV.D) and the etiology and
 * manifestation order of "code first" / "use additional code" notes (I.A.13, I.B.7).
 */
class SequencingConventionTest {

    private static void assertBefore(CodingResult r, String first, String second) {
        List<String> codes = NoteAssert.codes(r);
        assertTrue(codes.contains(first) && codes.contains(second), first + " and " + second + " expected in " + codes);
        assertTrue(codes.indexOf(first) < codes.indexOf(second), first + " must precede " + second + ": " + codes);
    }

    @Test
    @DisplayName("IV.G outpatient surgery: the postoperative diagnosis stands though the findings negate a part of it")
    void IVG_postoperativeDiagnosisStandsOverANegatedFinding() {
        CodingResult r = code("PREOPERATIVE DIAGNOSIS: Knee pain.\nPOSTOPERATIVE DIAGNOSIS: Medial meniscus tear,"
                + " left knee.\nFINDINGS: No meniscus tear of the lateral side. The medial meniscus was torn at its"
                + " posterior horn.\n", CareSetting.OUTPATIENT);
        assertTrue(NoteAssert.codes(r).get(0).startsWith("S83.2"), NoteAssert.codes(r).toString());
    }

    @Test
    @DisplayName("II inpatient: the first discharge diagnosis is principal")
    void II_firstDischargeDiagnosisIsPrincipal() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS:\nKnown essential hypertension.\n\n"
                + "DISCHARGE DIAGNOSES:\n1. Community acquired pneumonia.\n2. Essential hypertension.\n",
                CareSetting.INPATIENT);
        assertEquals("J18.9", NoteAssert.codes(r).get(0));
        assertTrue(r.suggestions().get(0).firstListed());
        assertTrue(r.suggestions().get(0).rationale().stream().anyMatch(l -> l.startsWith("First-listed")));
    }

    @Test
    @DisplayName("IV.G outpatient: the first assessment diagnosis is first-listed")
    void IV_G_firstAssessmentDiagnosisIsFirstListed() {
        CodingResult r = code("ASSESSMENT:\n1. Acute pharyngitis.\n2. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertEquals("J02.9", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("IV.G outpatient: the assessment diagnosis that answers the chief complaint is first-listed")
    void IV_G_diagnosisAnsweringTheChiefComplaintIsFirstListed() {
        CodingResult r = code("CHIEF COMPLAINT: Cough.,ASSESSMENT: 1. Essential hypertension. 2. Acute bronchitis.",
                CareSetting.OUTPATIENT);
        assertEquals("J20.9", NoteAssert.codes(r).get(0));
        assertTrue(r.suggestions().get(0).rationale().stream().anyMatch(l -> l.contains("reason for the encounter")));
    }

    @Test
    @DisplayName("IV.D a symptom named in the chief complaint does not lead over an assessed diagnosis")
    void IV_D_symptomAnsweringTheChiefComplaintDoesNotLead() {
        CodingResult r = code("CHIEF COMPLAINT: Dizziness.,ASSESSMENT: 1. Essential hypertension. 2. Dizziness.",
                CareSetting.OUTPATIENT);
        assertEquals("I10", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("II inpatient: the discharge diagnosis named as the reason for admission is principal")
    void II_dischargeDiagnosisNamedAsReasonForAdmissionIsPrincipal() {
        CodingResult r = code("REASON FOR ADMISSION: Pneumonia.\nDISCHARGE DIAGNOSES:\n1. Essential hypertension.\n"
                + "2. Community acquired pneumonia.\n", CareSetting.INPATIENT);
        assertEquals("J18.9", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("IV.G outpatient: the assessment outranks the history section")
    void IV_G_assessmentOutranksHistory() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS:\nHas essential hypertension.\n\n"
                + "ASSESSMENT:\n1. Acute pharyngitis.\n2. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertEquals("J02.9", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("I.C.21.c.4 a personal history code is never first-listed")
    void I_C_21_c_4_historyCodeNeverFirst() {
        CodingResult r = code("ASSESSMENT:\n1. History of breast cancer.\n2. Essential hypertension.\n",
                CareSetting.OUTPATIENT);
        assertEquals("I10", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("IV.D a symptom outside the diagnoses does not precede a definitive diagnosis")
    void IV_D_symptomFromHistoryDoesNotLead() {
        CodingResult r = code("CHIEF COMPLAINT:\nRight knee pain.\n\nASSESSMENT:\n1. Essential hypertension.\n",
                CareSetting.OUTPATIENT);
        assertEquals("I10", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("IV.D a symptom the provider lists first in the assessment stays first")
    void IV_D_symptomListedFirstInAssessmentLeads() {
        CodingResult r = code("ASSESSMENT:\n1. Chest pain.\n2. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertEquals("R07.9", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("I.B.7 use additional code: N18 follows E11.22")
    void I_B_7_ckdStageFollowsDiabeticCkd() {
        CodingResult r = code("ASSESSMENT:\n1. Chronic kidney disease stage 3b.\n2. Type 2 diabetes mellitus.\n",
                CareSetting.OUTPATIENT);
        assertBefore(r, "E11.22", "N18.32");
        assertEquals(NoteAssert.codes(r).indexOf("E11.22") + 1, NoteAssert.codes(r).indexOf("N18.32"),
                "kept adjacent: " + NoteAssert.codes(r));
    }

    @Test
    @DisplayName("I.A.13 code first: gastroparesis K31.84 follows diabetes E11.43")
    void I_A_13_gastroparesisFollowsDiabetes() {
        CodingResult r = code("ASSESSMENT:\n1. Gastroparesis.\n2. Type 2 diabetes mellitus.\n", CareSetting.OUTPATIENT);
        assertBefore(r, "E11.43", "K31.84");
        assertEquals("E11.43", NoteAssert.codes(r).get(0));
    }

    @Test
    @DisplayName("I.C.9.a.2 code first: hypertensive CKD I12.9 precedes the N18 stage")
    void I_C_9_a_2_hypertensiveCkdPrecedesStage() {
        CodingResult r = code("ASSESSMENT:\n1. Chronic kidney disease stage 4.\n2. Hypertension.\n", CareSetting.OUTPATIENT);
        assertBefore(r, "I12.9", "N18.4");
    }

    @Test
    @DisplayName("I.C.9.a.1 use additional code: the I50 type follows I11.0")
    void I_C_9_a_1_heartFailureTypeFollowsHypertensiveHeartDisease() {
        CodingResult r = code("ASSESSMENT:\n1. Chronic diastolic heart failure.\n2. Hypertension.\n",
                CareSetting.OUTPATIENT);
        assertBefore(r, "I11.0", "I50.32");
    }

    @Test
    @DisplayName("I.A.15 the combination code carries the rule in its rationale")
    void I_A_15_combinationRationaleNamesRule() {
        CodingResult r = code("ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Chronic kidney disease stage 3b.\n",
                CareSetting.OUTPATIENT);
        var s = NoteAssert.assertSuggested(r, "E11.22", 5);
        assertTrue(s.rationale().stream().anyMatch(l -> l.contains("rule dm-ckd") && l.contains("N18.32")),
                s.rationale().toString());
    }
}
