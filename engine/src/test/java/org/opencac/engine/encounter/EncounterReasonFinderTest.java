package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/** Reasons for the encounter coded as Z codes and listed first (team-written notes). */
class EncounterReasonFinderTest {

    private static void assertFirst(CodingResult r, String code) {
        List<String> codes = NoteAssert.codes(r);
        assertEquals(code, codes.isEmpty() ? null : codes.get(0), "first-listed in " + codes);
        Suggestion first = r.suggestions().get(0);
        assertTrue(first.firstListed());
        assertTrue(first.rationale().stream().anyMatch(l -> l.contains("the reason for the encounter")),
                first.rationale().toString());
    }

    @Test
    void followUpAfterDigestiveSurgeryIsSurgicalAftercareListedFirst() {
        CodingResult r = outpatient("REASON FOR VISIT: Postoperative check after laparoscopic cholecystectomy.\n"
                + "HISTORY: Doing well, tolerating a regular diet. Known gastroesophageal reflux disease.\n"
                + "ASSESSMENT: Gastroesophageal reflux disease, stable.\n");
        assertFirst(r, "Z48.815");
        assertTrue(NoteAssert.codes(r).contains("K21.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aFollowUpNamedByTheGenitalOperationItselfIsSurgicalAftercareListedFirst() {
        CodingResult r = outpatient("REASON FOR VISIT: Followup vasectomy.\n"
                + "HISTORY: Mild soreness for two days, now gone. He takes no medicines.\n");
        assertFirst(r, "Z48.816");
        assertFalse(NoteAssert.codes(outpatient("REASON FOR VISIT: Followup with urology for a possible"
                + " nephrectomy.\n")).contains("Z48.816"));
    }

    @Test
    void aSportsPhysicalTheAssessmentNamesIsTheReasonAndAnOrdinalDoseIsAVaccineGiven() {
        CodingResult r = outpatient("HISTORY: Here with his father before the soccer season. He feels well.\n"
                + "ASSESSMENT: Sports physical for the soccer team. He received his second hepatitis B vaccine today.\n");
        List<String> codes = NoteAssert.codes(r);
        assertEquals("Z02.5", codes.get(0), codes.toString());
        assertTrue(codes.contains("Z23"), codes.toString());
    }

    @Test
    void aWellWomanCheckupWrittenAsOneWordIsTheGynecologicalExamination() {
        assertFirst(outpatient("CHIEF COMPLAINT: She is here for her yearly well-woman checkup.\n"
                + "HISTORY: No bleeding and no pelvic pain. She feels well.\n"), "Z01.419");
    }

    @Test
    void aCircumcisionWithNoConditionIsTheEncounterForARoutineCircumcision() {
        assertFirst(outpatient("PROCEDURE: Circumcision of the newborn.\n"
                + "DESCRIPTION: A ring block was placed and the foreskin was removed with a clamp without bleeding.\n"),
                "Z41.2");
    }

    @Test
    void aCircumcisionForPhimosisIsCodedByThePhimosis() {
        CodingResult r = outpatient("POSTOPERATIVE DIAGNOSIS: Phimosis.\nPROCEDURE: Circumcision.\n");
        assertFalse(NoteAssert.codes(r).contains("Z41.2"), NoteAssert.codes(r).toString());
        assertEquals("N47.1", NoteAssert.codes(r).get(0));
    }

    @Test
    void theClosureOfAnArtificialOpeningIsAttentionToIt() {
        List<String> gastrostomy = NoteAssert.codes(outpatient("OPERATION PERFORMED: Closure of gastrostomy.\n"
                + "INDICATIONS: The boy eats well by mouth now and the tube is no longer needed.\n"));
        assertEquals("Z43.1", gastrostomy.isEmpty() ? null : gastrostomy.get(0), gastrostomy.toString());
        List<String> colostomy = NoteAssert.codes(outpatient("PROCEDURE: Closure of colostomy.\n"));
        assertTrue(colostomy.contains("Z43.3"), colostomy.toString());
    }

    @Test
    void theEvaluationOfAPotentialDonorIsItsExamination() {
        assertFirst(outpatient("REASON FOR VISIT: Living kidney donor evaluation for his sister.\n"
                + "HISTORY: He feels well and takes no medicines.\n"), "Z00.5");
    }

    @Test
    void followUpInThePlanIsNotTheReasonForThisVisit() {
        CodingResult r = outpatient("ASSESSMENT: Essential hypertension.\n"
                + "PLAN: Follow-up after laparoscopic cholecystectomy with the surgeon next month.\n");
        assertFalse(NoteAssert.codes(r).contains("Z48.815"), NoteAssert.codes(r).toString());
        assertEquals("I10", NoteAssert.codes(r).get(0));
    }

    @Test
    void aCardiologyConsultAskedForBeforeAnOperationIsThePreproceduralCardiovascularExam() {
        assertFirst(outpatient("HISTORY OF PRESENT ILLNESS: I was asked to see Mr. Roe by Dr. Poe for cardiology "
                + "consultation for a preoperative evaluation before hip surgery. He has coronary artery "
                + "disease and hypertension.\nIMPRESSION: Coronary artery disease. Hypertension.\n"), "Z01.810");
        List<String> later = NoteAssert.codes(outpatient("HISTORY OF PRESENT ILLNESS: I was asked to see Mr. Roe "
                + "by Dr. Poe for chest pain. A cardiology consultation regarding preoperative evaluation is "
                + "planned next month.\nIMPRESSION: Chest pain.\n"));
        assertFalse(later.contains("Z01.810"), later.toString());
    }

    @Test
    void aSurgicalClearanceWhosePlanOrdersACardiacStressTestIsThePreproceduralCardiovascularExam() {
        assertFirst(outpatient("HISTORY OF PRESENT ILLNESS: She is seen today for surgical clearance before a "
                + "knee replacement. She has hypertension.\nASSESSMENT: Essential hypertension.\n"
                + "PLAN: Echocardiogram and a treadmill stress test.\n"), "Z01.810");
        List<String> general = NoteAssert.codes(outpatient("HISTORY OF PRESENT ILLNESS: She is seen today for "
                + "surgical clearance before a knee replacement. She has hypertension.\n"
                + "ASSESSMENT: Essential hypertension.\nPLAN: Routine blood tests.\n"));
        assertFalse(general.contains("Z01.810"), general.toString());
    }

    @Test
    void aPreoperativeEvaluationIsTheReasonForAConsultNotForTheOperationsReport() {
        assertFirst(outpatient("INDICATIONS: Preoperative cardiac evaluation before right hip replacement.\n"
                + "ASSESSMENT: Essential hypertension, controlled.\n"), "Z01.810");
        CodingResult operation = outpatient("PREOPERATIVE DIAGNOSIS: Cholelithiasis.\n"
                + "INDICATIONS: Biliary colic; he was worked up, including cardiac clearance.\n"
                + "ANESTHESIA: General.\nESTIMATED BLOOD LOSS: 20 mL.\n");
        assertFalse(NoteAssert.codes(operation).contains("Z01.810"), NoteAssert.codes(operation).toString());
        assertEquals("K80.20", NoteAssert.codes(operation).get(0));
    }

    @Test
    void screeningColonoscopyGoesBeforeThePolypFound() {
        CodingResult r = outpatient("INDICATION: Screening colonoscopy, average risk.\n"
                + "POSTOPERATIVE DIAGNOSIS: Sigmoid colon polyp.\nPROCEDURE: Colonoscopy with snare polypectomy.\n");
        assertFirst(r, "Z12.11");
        assertTrue(NoteAssert.codes(r).size() > 1, "the polyp is coded after it: " + NoteAssert.codes(r));
    }

    @Test
    void bodyPiercingIsAnEncounterForAProcedureNotForAHealthProblem() {
        CodingResult r = outpatient("PROCEDURE: Navel piercing at the patient's request.\n"
                + "DESCRIPTION: The skin was cleaned and a sterile needle passed; a ring was placed.\n");
        assertFirst(r, "Z41.8");
    }

    @Test
    void dietitianCounsellingLeadsWhenNoDiagnosisIsAssessed() {
        CodingResult r = outpatient("SUBJECTIVE: Referred to the dietitian; her lipids were high on recent labs.\n"
                + "OBJECTIVE: Weight 70 kg. I reviewed with the patient the dietary guidelines for lowering fat intake.\n"
                + "ASSESSMENT: Estimated needs 1,900 calories a day.\n");
        assertFirst(r, "Z71.3");
    }

    @Test
    void aDietitianConsultationLeadsTheConditionTheDietIsFor() {
        CodingResult comes = outpatient("SUBJECTIVE: A 47-year-old man who comes for a dietary consultation for "
                + "his type 2 diabetes. He eats out most days.\n"
                + "ASSESSMENT: Type 2 diabetes mellitus. We planned three meals a day with fewer sweets.\n");
        assertFirst(comes, "Z71.3");
        assertTrue(NoteAssert.codes(comes).contains("E11.9"), NoteAssert.codes(comes).toString());
        CodingResult returnVisit = outpatient("SUBJECTIVE: This is a return nutrition consultation for high cholesterol."
                + " She keeps a food log.\nASSESSMENT: Two pounds lost since the last visit. Continue the low-fat plan.\n");
        assertFirst(returnVisit, "Z71.3");
        assertTrue(NoteAssert.codes(returnVisit).contains("E78.00"), NoteAssert.codes(returnVisit).toString());
    }

    @Test
    void aConsultationTheDietitianRequestsInThePlanIsNotTheVisitsReason() {
        CodingResult r = outpatient("SUBJECTIVE: She comes for follow-up of her type 2 diabetes.\n"
                + "ASSESSMENT: Type 2 diabetes mellitus. PLAN: Dietary consultation next month.\n");
        assertEquals("E11.9", NoteAssert.codes(r).get(0), NoteAssert.codes(r).toString());
    }

    @Test
    void preoperativeClearanceLeadsAndTheConditionFollows() {
        CodingResult r = outpatient("CHIEF COMPLAINT: Preoperative medical evaluation before right knee arthroscopy.\n"
                + "ASSESSMENT: Type 2 diabetes mellitus, controlled. Acceptable risk for surgery.\n");
        assertFirst(r, "Z01.818");
        assertTrue(NoteAssert.codes(r).contains("E11.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void clearanceAfterAnAccidentIsNotAPreoperativeExam() {
        CodingResult r = outpatient("HISTORY: He had medical clearance after a car accident last year.\n"
                + "ASSESSMENT: Major depressive disorder, single episode.\n");
        assertFalse(NoteAssert.codes(r).contains("Z01.818"), NoteAssert.codes(r).toString());
    }

    @Test
    void narrativeStatesTheReasonAfterAVisitLead() {
        CodingResult r = outpatient("The patient is a 30-year-old woman who presents today for an initial obstetric "
                + "visit.\n"
                + "She feels well.\n");
        assertFirst(r, "Z34.90");
        CodingResult chemo = outpatient("HISTORY: Breast cancer of the left upper outer quadrant. She is here today for cycle 3 of "
                + "adjuvant chemotherapy.\n");
        assertFirst(chemo, "Z51.11");
    }

    @Test
    void narrativeWithoutAVisitLeadIsNotTheReasonForTheVisit() {
        List<String> codes = NoteAssert.codes(outpatient("A 60-year-old man with a liver mass. Preoperative evaluation included "
                + "a CT scan. He continued to receive chemotherapy after the resection.\n"));
        assertFalse(codes.contains("Z01.818"), codes.toString());
        assertFalse(codes.contains("Z51.11"), codes.toString());
        // cycles of chemotherapy told as the course of a treatment are no encounter for chemotherapy either
        List<String> course = NoteAssert.codes(outpatient("A 58-year-old woman with a lymphoma of the stomach. She "
                + "then "
                + "received four cycles of chemotherapy, with a partial response.\n"));
        assertFalse(course.contains("Z51.11"), course.toString());
    }

    @Test
    void deviceAdjustmentAndHardwareRemovalAreTheReasonForTheVisit() {
        assertFirst(outpatient("REASON FOR VISIT: Adjustment of her gastric band.\n"
                + "ASSESSMENT: Morbid obesity, losing weight steadily.\n"), "Z46.51");
        assertFirst(outpatient("CHIEF COMPLAINT: Here for removal of the retained hardware of the left ankle.\n"
                + "HISTORY: The fracture healed a year ago. Essential hypertension.\n"), "Z47.2");
        // hardware named with its complaint is no plain removal of a device
        List<String> painful = NoteAssert.codes(outpatient("CHIEF COMPLAINT: Removal of painful hardware of the right wrist.\n"));
        assertFalse(painful.contains("Z47.2"), painful.toString());
        // the risks told in an operation's indications are not why the patient came
        List<String> risks = NoteAssert.codes(outpatient("INDICATIONS: A displaced fracture of the left distal radius. The risks "
                + "explained were infection, stiffness and a later removal of hardware.\n"));
        assertFalse(risks.contains("Z47.2"), risks.toString());
    }

    @Test
    void cyclesOfANamedDrugAndTherapyAfterAJointReplacementAreAftercareReasons() {
        assertFirst(outpatient("HISTORY: A 14-year-old boy with a sarcoma of the thigh was admitted for cycle 4 of "
                + "ifosfamide and etoposide.\n"), "Z51.11");
        assertFirst(outpatient("HISTORY OF PRESENT ILLNESS: A 70-year-old woman with ovarian cancer was admitted to the oncology "
                + "ward under her usual team for her third cycle of carboplatin.\n"), "Z51.11");
        assertFirst(outpatient("HISTORY: A man with prostate cancer who comes in today for his radiation treatment.\n"), "Z51.0");
        // a patient admitted for a complication of the drug is not admitted for chemotherapy
        List<String> fever = NoteAssert.codes(outpatient("HISTORY OF PRESENT ILLNESS: A 50-year-old woman with breast cancer was "
                + "admitted to the ward for chemotherapy-induced neutropenia with fever.\n"));
        assertFalse(fever.contains("Z51.11"), fever.toString());
        assertFirst(outpatient("REASON FOR ADMISSION: Rehabilitation after a right total knee arthroplasty.\n"
                + "HISTORY: Primary osteoarthritis of both knees, type 2 diabetes mellitus.\n"), "Z47.1");
        assertFirst(outpatient("CHIEF COMPLAINT: Follow-up after removal of an infected left hip prosthesis.\n"
                + "HISTORY: An antibiotic spacer is in place.\n"), "Z47.32");
    }

    @Test
    void lostFunctionAfterAJointReplacementIsItsAftercareOnlyWhenTheReplacementIsWritten() {
        CodingResult r = outpatient("CHIEF COMPLAINT: Impaired walking and self-care secondary to her recent left knee "
                + "surgery.\nHISTORY OF PRESENT ILLNESS: She had a left total knee arthroplasty last week and comes to "
                + "the rehabilitation unit. Postoperative anemia.\nIMPRESSION: 1. Postoperative anemia.\n");
        assertFirst(r, "Z47.1");
        List<String> arthroscopy = NoteAssert.codes(outpatient("CHIEF COMPLAINT: Impaired walking secondary to her "
                + "recent left knee surgery.\nHISTORY OF PRESENT ILLNESS: She had a knee arthroscopy for a torn "
                + "meniscus last week.\nIMPRESSION: 1. Postoperative anemia.\n"));
        assertFalse(arthroscopy.contains("Z47.1"), arthroscopy.toString());
    }

    @Test
    void infusionOfACheckpointInhibitorIsAnEncounterForImmunotherapyBeforeTheCancer() {
        CodingResult r = outpatient("HISTORY OF PRESENT ILLNESS: A 61-year-old man with metastatic melanoma of the back "
                + "presents today for cycle 5 of pembrolizumab. He tolerated the last dose without rash.\n"
                + "ASSESSMENT: Malignant melanoma of the trunk.\n");
        assertFirst(r, "Z51.12");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("C43")), NoteAssert.codes(r).toString());
        // allergen immunotherapy is a desensitization, not an antineoplastic immunotherapy
        List<String> allergy = NoteAssert.codes(outpatient("HISTORY OF PRESENT ILLNESS: A boy with allergic rhinitis "
                + "comes in today for his allergy immunotherapy injection.\n"));
        assertFalse(allergy.contains("Z51.12"), allergy.toString());
    }

    @Test
    void changeOfASurgicalDressingIsAftercareButAnInjurysDressingIsNot() {
        CodingResult r = outpatient("CHIEF COMPLAINT: Surgical dressing change after an open inguinal hernia repair.\n"
                + "ASSESSMENT: Incision clean and dry. Essential hypertension.\n");
        assertFirst(r, "Z48.01");
        assertTrue(NoteAssert.codes(r).contains("I10"), NoteAssert.codes(r).toString());
        // the dressing of an injury is not a surgical wound's dressing (I.C.21.c.7)
        List<String> burn = NoteAssert.codes(outpatient("CHIEF COMPLAINT: Dressing change of the burn on the left "
                + "forearm.\n"));
        assertFalse(burn.contains("Z48.01"), burn.toString());
    }

    @Test
    void negatedReasonCodesNothing() {
        CodingResult r = outpatient("REASON FOR VISIT: Cough, not here for a preoperative evaluation.\nASSESSMENT: Acute bronchitis.\n");
        assertFalse(NoteAssert.codes(r).contains("Z01.818"), NoteAssert.codes(r).toString());
        assertEquals("J20.9", NoteAssert.codes(r).get(0));
    }

    @Test
    void ruleWithANonBillableCodeFailsNamingTheRule() {
        String json = "{\"rules\": [{\"id\": \"bad\", \"kind\": \"reason\", \"code\": \"Z48.8\", \"guideline\": \"I\","
                + " \"sections\": [\"chief_complaint\"], \"pattern\": \"\\\\baftercare\"}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EncounterRules.read(
                json.getBytes(StandardCharsets.UTF_8), "test.json", TestModels.models().codeSet()));
        assertTrue(e.getMessage().contains("bad") && e.getMessage().contains("Z48.8"), e.getMessage());
    }

    @Test
    void ruleThatMayMatchInsideAWordFailsNamingTheRule() {
        String json = "{\"rules\": [{\"id\": \"inside\", \"kind\": \"reason\", \"code\": \"Z23\", \"guideline\": \"I\","
                + " \"sections\": [\"chief_complaint\"], \"pattern\": \"vaccine\"}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EncounterRules.read(
                json.getBytes(StandardCharsets.UTF_8), "test.json", TestModels.models().codeSet()));
        assertTrue(e.getMessage().contains("inside") && e.getMessage().contains("word"), e.getMessage());
    }

    @Test
    void ruleWithAnUnknownSectionFails() {
        String json = "{\"rules\": [{\"id\": \"x\", \"kind\": \"reason\", \"code\": \"Z23\", \"guideline\": \"I\","
                + " \"sections\": [\"nowhere\"], \"pattern\": \"\\\\bvaccine\"}]}";
        assertThrows(IllegalArgumentException.class, () -> EncounterRules.read(
                json.getBytes(StandardCharsets.UTF_8), "test.json", TestModels.models().codeSet()));
    }

    @Test
    void confirmingExpressionWithoutSectionsFailsNamingTheRule() {
        String json = "{\"rules\": [{\"id\": \"unconfirmed\", \"kind\": \"reason\", \"code\": \"Z08\","
                + " \"guideline\": \"I\", \"sections\": [\"chief_complaint\"], \"pattern\": \"\\\\bsurveillance\","
                + " \"confirmedBy\": \"\\\\bno recurrence\"}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EncounterRules.read(
                json.getBytes(StandardCharsets.UTF_8), "test.json", TestModels.models().codeSet()));
        assertTrue(e.getMessage().contains("unconfirmed") && e.getMessage().contains("confirmSections"), e.getMessage());
    }

    @Test
    void pastConditionRangeThatIsNotTwoCategoriesFails() {
        String json = "{\"rules\": [{\"id\": \"r\", \"kind\": \"reason\", \"code\": \"Z08\", \"guideline\": \"I\","
                + " \"sections\": [\"chief_complaint\"], \"pattern\": \"\\\\bsurveillance\", \"pastConditions\": [\"C\"]}]}";
        assertThrows(IllegalArgumentException.class, () -> EncounterRules.read(
                json.getBytes(StandardCharsets.UTF_8), "test.json", TestModels.models().codeSet()));
    }
}
