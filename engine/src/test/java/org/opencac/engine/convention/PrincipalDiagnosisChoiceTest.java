package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.testing.NoteAssert;

/** The first-listed / principal diagnosis choice and the reason it states (team-written notes). */
class PrincipalDiagnosisChoiceTest {

    /** The first suggestion: asserts it is the expected code, flagged first-listed, with a reason naming {@code why}. */
    private static void assertFirst(CodingResult r, String code, String why) {
        assertFirstCode(r, code);
        Suggestion first = r.suggestions().get(0);
        assertTrue(first.firstListed());
        String line = first.rationale().stream().filter(l -> l.startsWith("First-listed")).findFirst().orElse("");
        assertTrue(line.contains(why), "the reason should say \"" + why + "\": " + first.rationale());
    }

    /** The first suggestion: asserts it is the expected code, whatever reason it states. */
    private static void assertFirstCode(CodingResult r, String code) {
        List<String> codes = NoteAssert.codes(r);
        assertEquals(code, codes.isEmpty() ? null : codes.get(0), "first-listed in " + codes);
    }

    /** The first suggestion: asserts its code starts with {@code prefix} (a category: "J18"). */
    private static void assertFirstStartsWith(CodingResult r, String prefix) {
        List<String> codes = NoteAssert.codes(r);
        assertTrue(!codes.isEmpty() && codes.get(0).startsWith(prefix), "first-listed in " + codes);
    }

    @Test
    void theIndicationOfAProcedureLeadsAConditionItsPlanManagesNext() {
        // the catheterization was done for the heart failure its indication names; the arrhythmia the plan adjusts
        // a drug for is managed next, not what the procedure was for (IV.G, II)
        CodingResult r = code("PROCEDURE PERFORMED: Right heart catheterization.\n"
                + "INDICATION: Congestive heart failure despite full medical therapy.\n"
                + "IMPRESSION: The filling pressures are high.\n"
                + "PLAN: Stop the dobutamine because of runs of nonsustained ventricular tachycardia.\n",
                CareSetting.INPATIENT);
        assertFirst(r, "I50.9", "indication");
    }

    @Test
    void theCurrentDiagnosisListLeadsTheInitialDiagnosesWrittenBeforeIt() {
        // the initial diagnoses come first in the note, but their header names them as the earlier statement: the
        // current list, the diagnosis this encounter established, gives the first-listed code (IV.G)
        CodingResult r = code("INITIAL DIAGNOSES:\n1. Pneumonia of the left lower lobe.\n"
                + "CURRENT DIAGNOSES:\n1. Persistent atrial fibrillation, rate controlled.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "I48.19", "diagnosis");
    }

    @Test
    void theCoagulationDefectThatExplainsAHighInrGivenAsTheReasonForTheVisitLeadsTheAssessment() {
        // the visit is for the high INR; the assessment lists the chronic arrhythmia first, but the coagulopathy
        // it names second is what the INR is integral to, so it is the condition chiefly responsible (IV.G, IV.D)
        CodingResult r = code("REASON FOR VISIT:  High INR.\n\nHISTORY:  She takes warfarin for her arrhythmia.\n\n"
                + "ASSESSMENT:\n1.  Atrial fibrillation.\n2.  Coagulopathy due to anticoagulant.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "D68.32", "reason");
        assertTrue(!NoteAssert.codes(r).contains("R79.1"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDrugThePlanStopsDoesNotRuleOutTheCoagulopathyItCaused() {
        // the plan's "not to take warfarin" negates the drug (its long-term use), not the coagulopathy the drug
        // caused: the coagulopathy stays established and answers the reason for the visit (IV.G)
        CodingResult r = code("REASON FOR VISIT:  High INR.\n\nASSESSMENT:\n1.  Atrial fibrillation.\n"
                + "2.  Coagulopathy, induced by warfarin.\n\nPLAN:  She prefers not to take warfarin from now on"
                + " and will take a daily aspirin.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "D68.32", "reason");
    }

    @Test
    void aConditionTheAssessmentGivesOnlyAsTheCauseOfAnUndiagnosedProblemComesAfterOneNamedInItsOwnRight() {
        // the hypertension is written first, but only as the probable cause of complaints the assessment does
        // not diagnose; the atrial fibrillation it names in its own right is what the visit is about (IV.G)
        CodingResult r = code("ASSESSMENT: Her present complaints are long standing and probably secondary to years of"
                + " hypertension. She has persistent atrial fibrillation, rate controlled on her current regimen.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "I48.19", "assessment");
    }

    @Test
    void aConditionGivenAsTheCauseOfADiagnosedConditionKeepsItsPlace() {
        // the effect is itself a diagnosis of the statement (the anemia): the cause named beside it is no mere
        // explanation of something undiagnosed, and the statement's order stands
        List<String> codes = NoteAssert.codes(code("ASSESSMENT: Anemia secondary to blood loss. Persistent atrial"
                + " fibrillation, rate controlled.\n", CareSetting.OUTPATIENT));
        assertTrue(!codes.isEmpty() && !codes.get(0).startsWith("I48"), codes.toString());
    }

    @Test
    void aConditionNamedAfterTheReasonForAdmissionIsTheReasonNotACause() {
        // "admitted due to" says why she came: the pneumonia after it keeps its first place
        assertFirstStartsWith(code("ASSESSMENT: She was admitted due to pneumonia of the left lower"
                + " lobe. Persistent atrial fibrillation, rate controlled.\n", CareSetting.OUTPATIENT), "J18");
    }

    @Test
    void aReasonNamingTheConditionWithoutItsSiteStillAnswersForTheStatementsSitedCode() {
        // "chronic abscesses" in the reason has no site of its own (a site query), yet it is the abscess the
        // discharge diagnosis codes with its site that the stay was for, not the wound listed after it
        CodingResult r = code("DISCHARGE DIAGNOSES:\n1. Subcutaneous abscess, left thigh.\n2. Open wound, left thigh.\n"
                + "REASON FOR ADMISSION: Chronic abscesses and a deep open wound over both thighs after years of"
                + " injecting drugs.\n", CareSetting.INPATIENT);
        assertFirst(r, "L02.416", "answers the reason");
    }

    @Test
    void theConditionTheCourseSaysRequiredTheStayLeadsTheDischargeList() {
        // the list names the kidney failure first, yet the course tells that the bone infection is what kept the
        // patient in hospital: it is the condition chiefly responsible for the stay (II)
        String course = "HOSPITAL COURSE: He had a long bout of vertebral osteomyelitis, which was the reason for"
                + " his continued hospitalization on intravenous antibiotics. Dialysis went on three times a week.\n";
        String list = "DISCHARGE DIAGNOSES:\n1. End-stage renal disease, on hemodialysis.\n2. Vertebral osteomyelitis.\n";
        assertFirst(code(list + course, CareSetting.INPATIENT), "M46.20", "answers the reason");
    }

    @Test
    void aStayRequiredInAnEarlierYearStatesNoReasonForThisOne() {
        // the same words placed in a past year tell an old admission: the discharge list keeps its order
        String course = "HOSPITAL COURSE: He had vertebral osteomyelitis in 2015, which required a long hospitalization."
                + " This time he came in for dialysis access trouble.\n";
        String list = "DISCHARGE DIAGNOSES:\n1. End-stage renal disease, on hemodialysis.\n2. Vertebral osteomyelitis.\n";
        List<String> codes = NoteAssert.codes(code(list + course, CareSetting.INPATIENT));
        assertTrue(codes.indexOf("N18.6") >= 0 && codes.indexOf("N18.6") < codes.indexOf("M46.20"), codes.toString());
    }

    @Test
    void aConditionTheVisitVerbTellsAtAFirstEarlierVisitAnswersNoReasonForThisOne() {
        // "first seen ... with" tells how the patient came to the surgeon long ago: the asthma named there is no
        // reason for this operation, and the postoperative diagnosis keeps its own order
        String statement = "POSTOPERATIVE DIAGNOSES:\n1. Chronic tonsillitis.\n2. Asthma.\n";
        assertFirstCode(code(statement + "HISTORY: This boy was first seen in our office two winters back with asthma."
                + " His tonsils have been inflamed all season.\n", CareSetting.OUTPATIENT), "J35.01");
    }

    @Test
    void aReferralTheNoteSaysNeverHappenedAnswersNoReason() {
        // "never referred ... with" tells a referral that was not made: the asthma named there is no reason for this
        // operation, and the postoperative diagnosis keeps its own order
        String statement = "POSTOPERATIVE DIAGNOSES:\n1. Chronic tonsillitis.\n2. Asthma.\n";
        assertFirstCode(code(statement + "HISTORY: This boy was never referred to a lung"
                + " specialist to deal with his asthma. His tonsils have been inflamed all season.\n",
                CareSetting.OUTPATIENT), "J35.01");
    }

    @Test
    void aConditionTheVisitVerbTellsForThisVisitAnswersItsReason() {
        // the same words without the earlier visit: the asthma he is seen with answers the reason for the encounter
        String statement = "POSTOPERATIVE DIAGNOSES:\n1. Chronic tonsillitis.\n2. Asthma.\n";
        assertFirst(code(statement + "HISTORY: This boy is seen in our office today with asthma. His tonsils have"
                + " been inflamed all season.\n", CareSetting.OUTPATIENT), "J45.909", "answers the reason");
    }

    @Test
    void aCombinationCodeAnsweringOnlyThroughItsKeptSymptomDoesNotDisplaceAnotherSymptomOfTheStatement() {
        // the urinary symptoms of the complaint are taken into the prostatic hyperplasia with urinary symptoms, and
        // stay coded beside it; the impression names a raised PSA, not those symptoms: the combination accounts for
        // the urinary symptoms only and does not become the reason the impression's finding gives way to
        CodingResult r = code("CHIEF COMPLAINT: Nocturia and urinary hesitancy for several months.\n"
                + "HISTORY OF PRESENT ILLNESS: A retired teacher with benign prostatic hyperplasia, no medications.\n"
                + "IMPRESSION: Elevated PSA.\nPLAN: Repeat the blood test in six weeks.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "R97.20", "first diagnosis of the impression statement");
        assertTrue(NoteAssert.codes(r).contains("N40.1"), NoteAssert.codes(r).toString());
    }

    @Test
    void theStatementsFullerNameOfTheComplaintAnswersTheReason() {
        // the complaint names the chronic ear disease in fewer words than the impression, whose fuller phrase is the
        // same condition (another code category): it answers the reason, not the acute otitis whose unspecified code
        // only happens to equal the complaint's
        CodingResult r = code("CHIEF COMPLAINT: Chronic otitis media.\n"
                + "HISTORY OF PRESENT ILLNESS: A toddler with many ear infections this year, here before ear tube surgery.\n"
                + "IMPRESSION: Adenoid hypertrophy. Chronic otitis media with effusion in both ears. Acute otitis"
                + " media, frequent.\nPLAN: Ear tubes next week.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "H65.493", "answers the reason for the encounter");
    }

    @Test
    void aCombinationCodeStillLeadsTheSymptomItTookIn() {
        // the impression's symptom is the one the combination accounts for: the definitive diagnosis leads (IV.D)
        CodingResult r = code("CHIEF COMPLAINT: Nocturia for several months.\n"
                + "HISTORY OF PRESENT ILLNESS: A retired teacher with benign prostatic hyperplasia, no medications.\n"
                + "IMPRESSION: Nocturia.\nPLAN: Repeat the blood test in six weeks.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "N40.1", "answers the reason for the encounter");
    }

    @Test
    void withNoDiagnosticStatementTheConditionTheProcedureTreatsLeads() {
        // IV.M: the pacemaker was put in for the slow rhythm the history tells, not for the diabetes or the tiredness
        // named before it; the impression only says how the procedure went
        CodingResult r = code("HISTORY: An elderly man with diabetes who reports tiredness and near-fainting spells. "
                + "Holter monitoring showed sinus bradycardia with pauses.\n"
                + "PROCEDURE: Insertion of a permanent pacemaker, dual chamber.\n"
                + "IMPRESSION: Uncomplicated device placement. Discharge tomorrow.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "R00.1", "the condition the procedure performed treats");
    }

    @Test
    void aProcedureThatTreatsNoneOfTheConditionsLeavesTheHistoryOrder() {
        // a coronary angiography is no treatment of a slow rhythm: the history's first condition stays first
        CodingResult r = code("HISTORY: An elderly man with diabetes who reports tiredness and near-fainting spells. "
                + "Holter monitoring showed sinus bradycardia with pauses.\n"
                + "PROCEDURE: Coronary angiography.\n"
                + "IMPRESSION: Uncomplicated study. Discharge tomorrow.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "E11.9", "first diagnosis of the history of present illness statement");
    }

    @Test
    void theConditionTheFirstProcedureOfTheOperationLineTreatsLeadsThePostoperativeList() {
        // IV.M: the stone breaking was done for the bladder stone, listed second after a coexisting diabetes
        CodingResult r = code("POSTOPERATIVE DIAGNOSES:\n1. Type 2 diabetes mellitus.\n2. Calculus of the bladder.\n"
                + "OPERATION: Laser cystolitholapaxy.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "N21.0", "the condition the first procedure performed treats");
    }

    @Test
    void theOtosclerosisAStapedectomyTreatsLeadsTheHearingLossListedFirst() {
        // IV.M: the stapes operation treats the otosclerosis the statement names after the hearing loss it causes
        CodingResult r = code("POSTOPERATIVE DIAGNOSIS: Conductive hearing loss of the left ear due to otosclerosis.\n"
                + "OPERATION: Left stapedectomy with a piston prosthesis.\n", CareSetting.OUTPATIENT);
        assertFirstStartsWith(r, "H80");
        assertTrue(r.suggestions().get(0).rationale().stream().anyMatch(l -> l.contains("stapes-surgery-for-otosclerosis")),
                r.suggestions().get(0).rationale().toString());
    }

    @Test
    void aProcedureTheOperationLineNamesSecondLeavesThePostoperativeListOrder() {
        // the orchiopexy is the operation; the hernia repair named after it does not reorder the list
        assertFirstStartsWith(code("POSTOPERATIVE DIAGNOSES:\n1. Right undescended testis.\n"
                + "2. Right inguinal hernia.\nPROCEDURES: Right orchiopexy and right inguinal hernia repair.\n",
                CareSetting.OUTPATIENT), "Q53");
    }

    @Test
    void aPostoperativeDiagnosisFoundInsteadOfThePlannedOneKeepsItsPlace() {
        // the appendectomy was planned for an appendicitis; the operation found a pelvic inflammatory disease, which
        // the surgeon lists first and the preoperative diagnosis did not name
        assertFirstStartsWith(code("PREOPERATIVE DIAGNOSIS: Acute appendicitis.\n"
                + "POSTOPERATIVE DIAGNOSES:\n1. Pelvic inflammatory disease.\n2. Acute appendicitis.\n"
                + "PROCEDURE PERFORMED: Laparoscopic appendectomy.\n", CareSetting.OUTPATIENT), "N73");
    }

    @Test
    void anAdmissionToStartChemotherapyStatedInTheImpressionLeadsTheCancer() {
        // I.C.2.e.2: the stay is for giving the chemotherapy; the lymphoma follows it
        assertFirstCode(code("CHIEF COMPLAINT: Follicular lymphoma.\n"
                + "IMPRESSION: Follicular lymphoma, admitted today to begin chemotherapy with rituximab.\n",
                CareSetting.INPATIENT), "Z51.11");
    }

    @Test
    void theBurnOfANamedSiteLeadsTheExtentOfBodySurfaceBurned() {
        // I.C.19.d.6: the extent code (T31) is an additional code beside the burn of a site; the statement names only
        // the extent, the site burned is told in the indication
        CodingResult r = code("POSTOPERATIVE DIAGNOSIS: Burns of 35 percent of the total body surface area.\n"
                + "PROCEDURE: Excision and grafting of the burn.\n"
                + "INDICATIONS: A young woman with a scald burn of the right thigh, back for grafting.\n",
                CareSetting.INPATIENT);
        assertFirst(r, "T24.011A", "rule burn-site-before-body-surface-extent");
        assertTrue(NoteAssert.codes(r).contains("T31.30"), NoteAssert.codes(r).toString());
    }

    @Test
    void postoperativeDiagnosisOutranksThePreoperativeOne() {
        CodingResult r = code("PREOPERATIVE DIAGNOSIS: Acute cholecystitis.\nPOSTOPERATIVE DIAGNOSIS: Acute appendicitis.\n"
                + "PROCEDURE: Laparoscopic appendectomy.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "K35.80", "first diagnosis of the postoperative diagnosis statement");
    }

    @Test
    void aCombinationCodeSharingTheStatementsWordsDoesNotLeadByListOrderAlone() {
        // "end-stage renal disease" is read by N18.6 and taken into the diabetes codes; the diabetes code whose own
        // complication (a high sugar) the statement never names must not lead: the statement's condition and the
        // diabetes code its Tabular note asks to code first do
        CodingResult r = code("DISCHARGE DIAGNOSIS: End-stage renal disease.\n"
                + "HISTORY OF PRESENT ILLNESS: A man with type 2 diabetes mellitus, on hemodialysis for years. "
                + "His blood sugars ran high during the stay.\n", CareSetting.OUTPATIENT);
        List<String> codes = NoteAssert.codes(r);
        assertTrue(codes.indexOf("N18.6") >= 0 && codes.indexOf("N18.6") <= 1, codes.toString());
        assertTrue(!codes.get(0).equals("E11.65"), codes.toString());
    }

    @Test
    void metastaticLesionsThePostoperativeDiagnosisPlacesInAnOrganLeadAsThatOrgansSecondaryNeoplasm() {
        // the statement's "metastatic lesions to the brain" is the secondary neoplasm of the brain, not an
        // unspecified brain disorder that would lead before the metastasis the operation removed
        CodingResult r = code("POSTOPERATIVE DIAGNOSIS: Multiple metastatic lesions to the brain.\n"
                + "INDICATIONS: A woman treated for breast cancer years ago, now with bone metastases.\n"
                + "PROCEDURE: Craniotomy and excision of the tumor.\n", CareSetting.INPATIENT);
        assertFirst(r, "C79.31", "postoperative diagnosis");
        assertTrue(!NoteAssert.codes(r).contains("G93.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aPostoperativeDiagnosisWhoseColonBecameACommaIsStillTheStatement() {
        // a flattened note wrote "POSTOPERATIVE DIAGNOSIS,Cholelithiasis." with no colon and no numbered list
        CodingResult r = code("PREOPERATIVE DIAGNOSIS,Acute cholecystitis.,POSTOPERATIVE DIAGNOSIS,Acute appendicitis.,"
                + "PROCEDURE,Laparoscopic appendectomy.,INDICATION,She came with right lower quadrant pain and a "
                + "gastric ulcer seen on endoscopy.", CareSetting.OUTPATIENT);
        assertFirst(r, "K35.80", "postoperative diagnosis");
    }

    @Test
    void aPostCatheterizationDiagnosisIsThePostProcedureStatement() {
        // the diagnosis written after a catheterization is the most definitive, as a postoperative one is:
        // its first item leads the later items and the pre-catheterization diagnosis
        CodingResult r = code("PRECATHETERIZATION DIAGNOSIS: Coarctation of the aorta.\n"
                + "POSTCATHETERIZATION DIAGNOSES:\n1. Hypoplastic left heart.\n2. Trivial aortic stenosis.\n"
                + "PROCEDURE: Right and left heart catheterization.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "Q23.4", "postoperative diagnosis");
    }

    @Test
    void dischargeDiagnosisOutranksTheAdmissionDiagnosis() {
        CodingResult r = code("ADMISSION DIAGNOSIS: Community acquired pneumonia.\n"
                + "DISCHARGE DIAGNOSES:\n1. Acute pyelonephritis.\n2. Essential hypertension.\n", CareSetting.INPATIENT);
        assertFirst(r, "N10", "first diagnosis of the discharge diagnosis statement");
    }

    @Test
    void dischargeDiagnosesHeaderWordedWithOnOrAtIsTheDiagnosticStatement() {
        CodingResult r = code("DIAGNOSIS AT ADMISSION: Acute pyelonephritis.\nDIAGNOSES ON DISCHARGE:\n"
                + "1. Acute pyelonephritis.\n2. Type 2 diabetes mellitus.\n"
                + "HOSPITAL COURSE: Her essential hypertension was treated with lisinopril.\n", CareSetting.INPATIENT);
        assertFirst(r, "N10", "first diagnosis of the discharge diagnosis statement");
    }

    @Test
    void impressionOutranksAConditionNamedOnlyInThePlan() {
        CodingResult r = code("IMPRESSION:\n1. Chronic sinusitis.\n2. Essential hypertension.\n"
                + "PLAN: Continue lisinopril. Recheck the type 2 diabetes mellitus labs next month.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "J32.9", "first diagnosis of the impression statement");
    }

    @Test
    void firstAssessmentDiagnosisIsFirstListedWithItsStatementNamed() {
        CodingResult r = code("ASSESSMENT:\n1. Acute pharyngitis.\n2. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "J02.9", "first diagnosis of the assessment statement");
    }

    @Test
    void aDiagnosisListAfterANarrativeClinicalImpressionIsTheStatementThatLeads() {
        // the narrative formulation names a condition in passing; the list headed "DIAGNOSES" is what the
        // provider diagnosed
        CodingResult r = code("CLINICAL IMPRESSION: A woman with low mood; she also had a brief spell of migraine "
                + "last winter.\nDIAGNOSES: Generalized anxiety disorder.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "F41.1", "first diagnosis of the diagnosis statement");
    }

    @Test
    void aDiagnosisWhoseSymptomTheStatementListsFirstTakesTheSymptomsPlace() {
        // the pelvic pain is integral to the endometriosis and not coded; the endometriosis it stands for leads,
        // not the menorrhagia listed between them
        CodingResult r = code("POSTOPERATIVE DIAGNOSES:\n1. Chronic pelvic pain.\n2. Menorrhagia.\n3. Endometriosis.\n"
                + "PROCEDURE: Total abdominal hysterectomy.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "N80.9", "first diagnosis of the postoperative diagnosis statement");
        assertTrue(NoteAssert.codes(r).contains("N92.0"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDiagnosisToldOnlyInTheHistoryTakesThePlaceOfItsSymptomInTheImpression() {
        // the impression names the seizures beside another condition; the epilepsy the history tells accounts for
        // them (integral, not coded) and the visit was for them: the epilepsy leads, not the condition named first
        CodingResult r = code("CHIEF COMPLAINT: More frequent seizures.\n"
                + "HISTORY OF PRESENT ILLNESS: A young man with spina bifida and a known seizure disorder on a steady"
                + " dose of his medicine now has seizures each week.\n"
                + "IMPRESSION:\n1. Spina bifida, more frequent seizures.\n2. Essential hypertension.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "G40.909", "answers the reason for the encounter");
    }

    @Test
    void aSymptomTheImpressionDeniesGivesItsDiagnosisNoPlaceThere() {
        // the same history, the impression saying no seizures lately: the first diagnosis of the impression leads
        CodingResult r = code("CHIEF COMPLAINT: Yearly review.\n"
                + "HISTORY OF PRESENT ILLNESS: A young man with spina bifida and a known seizure disorder on a steady"
                + " dose of his medicine.\n"
                + "IMPRESSION:\n1. Spina bifida, no seizures this year.\n2. Essential hypertension.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "Q05.9", "first diagnosis of the impression statement");
    }

    @Test
    void diagnosisTheVisitWasReferredForLeadsWithinTheImpression() {
        CodingResult r = code("HISTORY: Referred by her family doctor for chronic sinusitis.\n"
                + "IMPRESSION:\n1. Essential hypertension.\n2. Chronic sinusitis.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "J32.9", "answers the reason for the encounter");
    }

    @Test
    void aStatusCodeListedFirstInTheStatementGivesWayToTheCondition() {
        CodingResult r = code("ASSESSMENT:\n1. Bed confinement status.\n2. Lumbar radiculopathy.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "M54.16");
        assertTrue(NoteAssert.codes(r).contains("Z74.01"), NoteAssert.codes(r).toString());
    }

    @Test
    void conditionsOfADifferentialDiagnosisAreNotCodedForAnOutpatient() {
        CodingResult r = code("IMPRESSION:\nAcute gout.\nDIFFERENTIAL DIAGNOSIS:\nSeptic arthritis and diskitis.\n",
                CareSetting.OUTPATIENT);
        assertFirstCode(r, "M10.9");
        assertTrue(NoteAssert.codes(r).stream().noneMatch(c -> c.startsWith("M46") || c.startsWith("M00")),
                NoteAssert.codes(r).toString());
    }

    @Test
    void weeksOfGestationFollowTheConditionOfThePregnancy() {
        CodingResult r = code("DIAGNOSES:\n1. Intrauterine pregnancy at 36 weeks.\n2. Gestational diabetes, diet controlled.\n",
                CareSetting.OUTPATIENT);
        assertTrue(NoteAssert.codes(r).contains("Z3A.36"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).get(0).startsWith("O24.4"), NoteAssert.codes(r).toString());
    }

    @Test
    void aConditionInAnotherClauseAfterTheReasonCueDoesNotAnswerTheReason() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: He is admitted for observation of a new stroke and also he was "
                + "recently treated for a urinary tract infection.\nASSESSMENT:\n1. Acute ischemic stroke.\n"
                + "2. Urinary tract infection.\n", CareSetting.INPATIENT);
        assertTrue(NoteAssert.codes(r).get(0).startsWith("I63"), NoteAssert.codes(r).toString());
    }

    @Test
    void theReasonForAnEarlierAdmissionIsNotThisEncountersReason() {
        CodingResult r = code("HISTORY: We saw her on a ward in the spring. On that previous admission she came in "
                + "with chronic sinusitis. Today she presents with essential hypertension.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "I10", "answers the reason for the encounter");
    }

    @Test
    void statementSymptomGivesWayToTheDefinitiveDiagnosisTheTestWasDoneFor() {
        CodingResult r = code("PROCEDURE: Overnight polysomnography, done because of obstructive sleep apnea.\n"
                + "SUMMARY: Recent weight loss.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "G47.33", "the reason for the encounter, a definitive diagnosis, before the symptom R63.4");
    }

    @Test
    void symptomOfTheStatementStaysFirstWhenNoDiagnosisIsTheReason() {
        CodingResult r = code("HISTORY: Known obstructive sleep apnea on CPAP.\nIMPRESSION:\n1. Chest pain.\n"
                + "2. Obstructive sleep apnea.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "R07.9", "first diagnosis of the impression statement");
    }

    @Test
    void aHeadacheGivesWayToTheIntracranialLesionTheSameImpressionEstablishes() {
        // the impression lists the complaint first, then the aneurysm found for it: a symptom is not first-listed
        // when a related definitive diagnosis is established (II.A, IV.D)
        CodingResult r = code("CHIEF COMPLAINT: Headache.\nHISTORY OF PRESENT ILLNESS: Headaches for a month; the scan"
                + " showed a lesion.\nIMPRESSION: Headache, better today. Cerebral aneurysm.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "I67.1", "related definitive diagnosis");
        assertTrue(NoteAssert.codes(r).contains("R51.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aHematuriaGivesWayToTheBladderNeoplasmTheSamePostoperativeDiagnosisEstablishes() {
        CodingResult r = code("POSTOPERATIVE DIAGNOSES:\n1. Gross hematuria.\n2. Malignant neoplasm of the bladder.\n"
                + "PROCEDURE: Cystoscopy with biopsy.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "C67.9", "related definitive diagnosis");
    }

    @Test
    void aHeadacheKeepsItsPlaceBesideAnUnrelatedDiagnosisOfTheStatement() {
        CodingResult r = code("CHIEF COMPLAINT: Headache.\nASSESSMENT:\n1. Headache.\n2. Acute"
                + " bronchitis.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "R51.9");
    }

    @Test
    void diagnosisNegatedInTheFindingsIsNotPrincipal() {
        CodingResult r = code("POSTOPERATIVE DIAGNOSES:\n1. Acute appendicitis.\n2. Small bowel obstruction.\n"
                + "FINDINGS: There was no evidence of appendicitis. The small bowel was obstructed by an adhesive band.\n",
                CareSetting.INPATIENT);
        List<String> codes = NoteAssert.codes(r);
        assertTrue(codes.contains("K35.80"), "the diagnosis stays suggested: " + codes);
        assertTrue(!codes.get(0).startsWith("K35"), "not first: " + codes);
        assertTrue(r.suggestions().get(0).rationale().stream().anyMatch(l -> l.contains("K35.80 not first: negated in "
                + "the findings")), r.suggestions().get(0).rationale().toString());
    }

    @Test
    void aNegatedCauseOfAConditionTheSameImpressionEstablishesDoesNotRuleItOut() {
        CodingResult r = code("IMPRESSION:\nSevere axonal neuropathy of unclear origin. No drug is known to cause"
                + " neuropathy in him. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "G62.9", "first diagnosis of the impression statement");
    }

    @Test
    void conditionNamedUncertainlyInTheImpressionKeepsItsPlaceWhenCodedFromTheHistory() {
        CodingResult r = code("HISTORY: Chronic sinusitis for many years, treated with nasal sprays.\n"
                + "IMPRESSION:\n1. Probable chronic sinusitis.\n2. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "J32.9", "first diagnosis of the impression statement");
    }

    @Test
    void aConditionStatedVaguelyAndDetailedElsewhereIsFirstByItsSpecificCode() {
        // SameConditionCheck merged H66.90 into H66.93 before the choice: the merged candidate carries the
        // discharge diagnosis mention, so it is first, and H66.90 is only its alternative.
        CodingResult r = code("DISCHARGE DIAGNOSES:\n1. Otitis media.\n2. Fever.\n"
                + "HOSPITAL COURSE: Examination showed bilateral otitis media, treated with amoxicillin.\n",
                CareSetting.INPATIENT);
        assertFirst(r, "H66.93", "first diagnosis of the discharge diagnosis statement");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().equals("H66.90")), r.suggestions().toString());
        assertTrue(r.suggestions().get(0).alternatives().stream().anyMatch(a -> a.code().equals("H66.90")),
                r.suggestions().get(0).alternatives().toString());
    }

    @Test
    void withoutDiagnosticStatementTheBestSupportedDiagnosisIsFirstAndSaysSo() {
        CodingResult r = code("Patient with essential hypertension and hyperlipidemia.", CareSetting.OUTPATIENT);
        assertFirst(r, "I10", "the best-supported diagnosis");
    }

    @Test
    void aConditionOnlyInThePastHistoryIsNotFirstBeforeTheInjuryOfThisVisit() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: A weight fell on his foot.\nPAST MEDICAL HISTORY: Attention deficit hyperactivity disorder.\n"
                + "COURSE: He was sent home with an abrasion of the right foot.\n", CareSetting.OUTPATIENT);
        // the visit's course is a statement of an office or emergency note too, ranked after its diagnostic statements
        assertFirst(r, "S90.811A", "first diagnosis of the hospital course statement");
        assertTrue(NoteAssert.codes(r).contains("F90.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aHabitToldOnlyInTheSocialHistoryIsNotFirstBeforeAConditionOfThePastHistory() {
        CodingResult r = code("PAST MEDICAL HISTORY:  ,Type 2 diabetes mellitus diagnosed ten years ago.  Arthritis of the left knee.,"
                + "PAST SURGICAL HISTORY: , None.,SOCIAL HISTORY: , Beer on weekends; smokes roughly two packs of cigarettes each week.,"
                + "MEDICATIONS: , Glipizide 5 mg daily.,REVIEW OF SYSTEMS: , Negative.\n", CareSetting.OUTPATIENT);
        // the social history tells the patient's habits, background to the visit as the past history is (IV.G, IV.J)
        assertEquals("E11.9", r.suggestions().get(0).code(), r.suggestions().toString());
        assertTrue(NoteAssert.codes(r).contains("F17.210"), NoteAssert.codes(r).toString());
    }

    @Test
    void aScreeningStatedAsThePreoperativeDiagnosisLeadsWhatTheScopeFinds() {
        CodingResult r = code("PREOPERATIVE DIAGNOSIS: Colon cancer screening.\nPOSTOPERATIVE DIAGNOSIS: "
                + "Sigmoid diverticulosis.\nPROCEDURE: Colonoscopy to the cecum.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "Z12.11", "the reason for the encounter");
        assertTrue(NoteAssert.codes(r).contains("K57.30"), NoteAssert.codes(r).toString());
    }

    @Test
    void theDeliveryLeadsTheSterilizationDoneWithIt() {
        CodingResult r = code("PREOPERATIVE DIAGNOSES:\n1. Desires permanent sterilization.\n"
                + "2. Intrauterine pregnancy at 39 weeks.\n3. Two previous cesarean sections.\n"
                + "PROCEDURE: Repeat low transverse cesarean section and bilateral tubal ligation.\n", CareSetting.OUTPATIENT);
        assertTrue(NoteAssert.codes(r).contains("Z30.2"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).get(0).startsWith("O"), NoteAssert.codes(r).toString());
        assertTrue(r.suggestions().get(0).rationale().stream().anyMatch(l -> l.contains("I.C.15.a.1")),
                r.suggestions().get(0).rationale().toString());
    }

    @Test
    void aRepeatCesareanNamedOnlyInTheProcedureLeadsTheSterilization() {
        // the statement names the pregnancy without a complication; the procedure's repeat cesarean gives the
        // obstetric code, which still leads the sterilization (Chapter 15 sequencing priority)
        CodingResult r = code("PREOPERATIVE DIAGNOSES:\n1. Pregnancy at term.\n2. Wants permanent sterilization.\n"
                + "PROCEDURE:\n1. Repeat cesarean section.\n2. Bilateral tubal ligation.\n",
                CareSetting.INPATIENT);
        assertTrue(NoteAssert.codes(r).contains("Z30.2"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).get(0).startsWith("O34.2"), NoteAssert.codes(r).toString());
    }

    @Test
    void aConsultForATumorOfNoStatedBehaviourIsForTheNeoplasmCodedFromTheHistory() {
        // the reason for the consultation names the brain tumor with doubt and without its behaviour; the history
        // codes it as a glioma: that neoplasm is what the consultation is for, not the brain shift told before it
        CodingResult r = code("REASON FOR CONSULTATION: Probable recurrent brain tumor.\nHISTORY OF PRESENT ILLNESS: "
                + "CT showed edema and a midline shift. A biopsy showed a glioma, treated with radiation alone.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "C71.9", "chief complaint");
    }

    @Test
    void aTumorOfAnotherSiteInTheReasonDoesNotPlaceTheCodedNeoplasm() {
        // the reason names a kidney tumor: the glioma of the brain is another neoplasm, and keeps its place
        CodingResult r = code("REASON FOR CONSULTATION: Probable recurrent kidney tumor.\nHISTORY OF PRESENT ILLNESS: "
                + "CT showed edema and a midline shift. A biopsy showed a glioma, treated with radiation alone.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "G93.5", "history of present illness");
    }

    @Test
    void aPregnancyConditionTheVisitIsForLeadsTheAssessmentsOtherCondition() {
        // the narrative names the diabetes of pregnancy as what the visit is for; the assessment speaks only of the
        // obesity its calorie count allows for: Chapter 15 codes have sequencing priority (I.C.15.a.1)
        CodingResult r = code("SUBJECTIVE: A 31-year-old pregnant woman comes for a nutrition consultation for "
                + "gestational diabetes.\nASSESSMENT: Her energy needs were set with an allowance for obesity.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "O24.419", "as the reason for the encounter");
        assertTrue(NoteAssert.codes(r).contains("E66.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aPregnancyConditionToldOnlyInTheNarrativeWithoutAReasonCueDoesNotLead() {
        // the same conditions, the diabetes of pregnancy told in the narrative but not as what the visit is for:
        // the assessment's condition keeps its place
        CodingResult r = code("SUBJECTIVE: A 31-year-old pregnant woman has gestational diabetes.\n"
                + "ASSESSMENT: Her energy needs were set with an allowance for obesity.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "E66.9", "first diagnosis of the assessment statement");
    }

    @Test
    void aNewbornsRecordIsNotLedByTheMothersPregnancyCode() {
        CodingResult r = code("ADMITTING DIAGNOSES: Preterm newborn at 32 weeks, intrauterine growth restriction, low "
                + "blood sugar.\n", CareSetting.INPATIENT);
        assertFirstStartsWith(r, "P07");
    }

    @Test
    void aComplaintSymptomLeadsTheHistoryToldWhenNoDiagnosisIsStated() {
        // no assessment, impression or diagnosis list: the chief complaint is what the visit is for (IV.D), not a
        // chronic condition the narrative mentions as background
        CodingResult r = code("CHIEF COMPLAINT: Fainting.\nHISTORY OF PRESENT ILLNESS: A man with a history of essential "
                + "hypertension and type 2 diabetes mellitus fainted at church this morning.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "R55");
    }

    @Test
    void aComplaintSymptomLeadsWhenTheAssessmentNamesItsCauseOnlyAsLikely() {
        // an outpatient assessment that only calls the cause likely establishes nothing (IV.H): the complaint the
        // patient came with leads, not another finding the history tells after it
        CodingResult r = code("CHIEF COMPLAINT: Headache.\nHISTORY OF PRESENT ILLNESS: A pounding headache since"
                + " yesterday, worse with light sensitivity.\nASSESSMENT: Likely migraine.\nPLAN: A triptan to try.\n",
                CareSetting.OUTPATIENT);
        assertFirstCode(r, "R51.9");
        List<String> codes = NoteAssert.codes(r);
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("G43")), codes.toString());
    }

    @Test
    void aComplaintSymptomStillGivesWayToTheStatementsDiagnosis() {
        CodingResult r = code("CHIEF COMPLAINT: Fainting.\nHISTORY OF PRESENT ILLNESS: She fainted twice this week.\n"
                + "ASSESSMENT: Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "I10", "assessment");
    }

    @Test
    void aConditionToldOnlyAsHistoryInTheNarrativeGoesAfterThePresentProblem() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: A woman with a history of essential hypertension presents "
                + "with acute pharyngitis since Monday.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "J02.9");
        assertTrue(NoteAssert.codes(r).contains("I10"), NoteAssert.codes(r).toString());
    }

    @Test
    void aConditionToldAsHistoryInTheAssessmentKeepsItsPlace() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: Seen about her joints.\n"
                + "ASSESSMENT: History of rheumatoid arthritis, quiet now. Essential hypertension.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "M06.9");
    }

    @Test
    void aNutritionConsultationForAConditionIsDietaryCounselingBeforeTheConditionAndTheStatementsSymptom() {
        CodingResult r = code("SUBJECTIVE: This is a follow-up nutrition consultation for hyperlipidemia.\n"
                + "ASSESSMENT: Weight gain of three pounds since the last visit.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "Z71.3", "reason for the encounter");
        assertTrue(NoteAssert.codes(r).contains("E78.5"), NoteAssert.codes(r).toString());
    }

    @Test
    void anOfficeNotesCourseSectionOutranksTheComplaintsPresumedCause() {
        CodingResult r = code("CC: Headache.\nHX: She was first treated for tension headaches without relief.\n"
                + "COURSE: Brain MRI and resection showed a frontal lobe glioblastoma.\n", CareSetting.OUTPATIENT);
        assertTrue(NoteAssert.codes(r).get(0).startsWith("C71"), NoteAssert.codes(r).toString());
    }

    @Test
    void aScreeningTheNarrativeGivesAsTheReasonForTheVisitLeadsTheAssessmentsFinding() {
        CodingResult r = code("HISTORY: Our patient is seen for planning of a screening colonoscopy, ten years after the last.\n"
                + "ASSESSMENT AND RECOMMENDATIONS: She also reports gastroesophageal reflux disease. We will book the "
                + "colonoscopy.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "Z12.11");
    }

    @Test
    void anAssessmentHeaderJoinedToEvaluationIsTheAssessment() {
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: A woman with a history of migraine headaches came in with "
                + "chest pain.\nASSESSMENT AND EVALUATION:\n1. Acute bronchitis.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "J20.9", "assessment");
    }

    @Test
    void aSocialCircumstanceOfTheStatementGoesAfterTheConditionTreated() {
        CodingResult r = code("DIAGNOSES: Problems related to living alone. Acute "
                + "pharyngitis.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "J02.9");
    }

    @Test
    void aNegationThePlanMakesAConditionOfTreatmentRulesOutNoDiagnosis() {
        // "if no infection" states when the plan applies, not what a study found: the impression's infection
        // keeps its place before a reaction the history tells
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: She returns after a bladder infection last month, treated with an "
                + "antibiotic. She stopped the nightly antibiotic because of hives, now gone.\n"
                + "IMPRESSION: Recurrent urinary tract infection.\n"
                + "PLAN: Urine culture today; if no infection, she will start a nightly antibiotic.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "N39.0", "first diagnosis of the impression statement");
    }

    @Test
    void aNarrativeStatingTheFinalDiagnosisNamesTheConditionTheEncounterWasFor() {
        // II: the condition established after study; the obstruction the patient came in with is what it caused
        CodingResult r = code("HISTORY: An elderly man was transferred from his nursing home in complete urinary obstruction. "
                + "A cystoscopy and a transurethral resection were done. The final diagnosis was adenocarcinoma of "
                + "the prostate.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "C61", "answers the reason for the encounter");
        assertTrue(NoteAssert.codes(r).contains("N13.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aComplaintsAbdominalPainWithoutItsRegionIsTheRegionalPainTheHistoryDetails() {
        // the chief complaint's "stomach pain" is the right upper quadrant pain of the history: one pain, coded by
        // its region, first as the complaint's condition
        CodingResult r = code("CHIEF COMPLAINT: Stomach pain.\n"
                + "HISTORY OF PRESENT ILLNESS: Two weeks of right upper quadrant abdominal pain with nausea.\n",
                CareSetting.OUTPATIENT);
        assertFirst(r, "R10.11", "chief complaint");
        assertTrue(!NoteAssert.codes(r).contains("R10.9"), NoteAssert.codes(r).toString());
        assertTrue(r.suggestions().get(0).alternatives().stream().anyMatch(a -> a.code().equals("R10.9")),
                r.suggestions().get(0).alternatives().toString());
    }

    @Test
    void aConditionToldAsHistoryAndInTheMedicationListGoesAfterThePresentComplaint() {
        // the medication list names the hypertension as a drug's indication: background, as the past history is,
        // not what the visit is for
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: She feels tightness in the chest after walking briskly, relieved "
                + "by rest. She gives a history of hypertension for two months.\n"
                + "MEDICATIONS: Lisinopril for the control of hypertension.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "R07.89", "history of present illness");
        assertTrue(NoteAssert.codes(r).contains("I10"), NoteAssert.codes(r).toString());
    }

    @Test
    void aConditionTheNarrativeFirstToldAsHistoryIsPlacedWhereItIsDocumentedAsPresent() {
        // the asthma's first words are a past history; the heart failure is what the narrative then treats
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: A man with a past history of gout and asthma was admitted today. "
                + "He is being treated for congestive heart failure. His asthma has been stable on an inhaler.\n"
                + "PAST MEDICAL HISTORY: Gout. Asthma.\n", CareSetting.INPATIENT);
        assertFirst(r, "I50.9", "history of present illness");
        assertTrue(NoteAssert.codes(r).contains("J45.909"), NoteAssert.codes(r).toString());
    }

    @Test
    void aConditionToldOnlyAsHistoryInTheNarrativeIsPlacedByItsHistoryMention() {
        // control: with no mention of it as present, the history mention still places it among conditions so told
        CodingResult r = code("HISTORY OF PRESENT ILLNESS: A man with a past history of hypertension and of asthma was "
                + "admitted today.\n", CareSetting.INPATIENT);
        assertFirst(r, "I10", "history of present illness");
    }

    @Test
    void aSymptomTheIndicationGivesBesideStandingChronicConditionsLeadsThem() {
        // the study was ordered for the chest pain; the hypertension and the diabetes listed beside it are the
        // patient's standing conditions, not its cause (IV.D)
        CodingResult r = code("PROCEDURE: Exercise treadmill stress test.\nINDICATION: Chest pain, hypertension, type 2"
                + " diabetes mellitus.\nFINDINGS: The patient walked nine minutes without symptoms. No ST changes were"
                + " seen.\nIMPRESSION: Negative exercise test for ischemia.\n", CareSetting.OUTPATIENT);
        assertFirstCode(r, "R07.9");
        List<String> codes = NoteAssert.codes(r);
        assertTrue(codes.contains("I10") && codes.contains("E11.9"), codes.toString());
    }

    @Test
    void aSymptomTheIndicationGivesDoesNotLeadTheDiagnosisThatExplainsIt() {
        // the epigastric pain is routinely part of the chronic pancreatitis the study found: the symptom does not
        // take the first place from it for being written in the indication
        List<String> codes = NoteAssert.codes(code("PROCEDURE: Upper endoscopic ultrasound.\nINDICATION: Epigastric pain"
                + " and hypertension.\nFINDINGS: Chronic pancreatitis with ductal calcifications.\n", CareSetting.OUTPATIENT));
        assertTrue(codes.contains("K86.1"), codes.toString());
        assertTrue(!codes.get(0).startsWith("R10"), codes.toString());
    }

    @Test
    void aCombinationCodeThatTakesInTheConditionTheStayWasForLeadsThatCondition() {
        // the stay was for the acute bronchitis; the discharge statement writes it inside the COPD combination
        // (J44.0, COPD with an acute lower respiratory infection), which reports it: the combination leads, and the
        // bronchitis named inside it follows as its additional code
        CodingResult r = code("REASON FOR ADMISSION: Acute bronchitis.\nDISCHARGE DIAGNOSES: Chronic obstructive"
                + " pulmonary disease and acute bronchitis.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "J44.0", "answers the reason");
        assertTrue(NoteAssert.codes(r).contains("J20.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aCodeMergedIntoAStatementMentionItsWordsDoNotNameAnswersNoReasonThroughIt() {
        // the dementia code is written over the whole item, but its words name the chorea as a condition of its own:
        // the chorea the complaint names keeps its first place
        List<String> codes = NoteAssert.codes(code("CHIEF COMPLAINT: Chorea.\nIMPRESSION: Senile chorea and"
                + " severe dementia.\n", CareSetting.OUTPATIENT));
        assertTrue(codes.indexOf("G25.5") == 0, codes.toString());
    }

    @Test
    void aSymptomTakesThePlaceOfTheUncertainDiagnosisTheStatementListsFirst() {
        // an outpatient's "probable gastroenteritis" is not coded (IV.H); the vomiting it would explain is coded in
        // its stead and stands first, before the reflux listed after it
        CodingResult r = code("ADMITTING DIAGNOSES:\n1. Vomiting.\nDISCHARGE DIAGNOSES:\n1. Probable gastroenteritis."
                + "\n2. Gastroesophageal reflux disease.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "R11.10", "discharge diagnosis");
    }

    @Test
    void aSymptomTheUncertainDiagnosisWouldNotExplainKeepsItsPlace() {
        // the uncertain diagnosis is a pneumonia: the vomiting is no part of it, and the reflux keeps its first place
        assertFirstCode(code("ADMITTING DIAGNOSES:\n1. Vomiting.\nDISCHARGE DIAGNOSES:\n"
                + "1. Probable pneumonia.\n2. Gastroesophageal reflux disease.\n", CareSetting.OUTPATIENT), "K21.9");
    }

    @Test
    void theSymptomAStudyWasDoneForLeadsTheAbnormalFindingOfAnInterpretationThatEstablishesNoDiagnosis() {
        // the interpretation reports only an abnormal tracing: no diagnosis was established, and the chest pain the
        // indication gives is what the study was done for (IV.K, IV.D)
        CodingResult r = code("INDICATION: Chest pain.\nIMPRESSION:\n1. Nonspecific ST depression on exercise.\n"
                + "2. Normal perfusion images.\n", CareSetting.OUTPATIENT);
        assertFirst(r, "R07.9", "the symptom the study was done for");
        assertTrue(NoteAssert.codes(r).contains("R94.31"), NoteAssert.codes(r).toString());
    }

    @Test
    void anAbnormalFindingBesideADiagnosisOfTheInterpretationKeepsTheStatementsOrder() {
        // the interpretation also establishes a diagnosis: the indicated symptom does not take the first place
        assertFirstCode(code("INDICATION: Chest pain.\nIMPRESSION:\n1. Nonspecific ST"
                + " depression on exercise.\n2. Mitral valve prolapse.\n", CareSetting.OUTPATIENT), "R94.31");
    }
}
