package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/**
 * A service or test of services.tsv is coded only when this note's provider did it at this visit: not from a
 * history section, and a test not from a procedure report, nor when done earlier or elsewhere, only
 * reviewed, or worn as a monitor (earlier_service_sections.txt, not_this_visit_test_cues.tsv).
 */
class ServiceThisVisitTest {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(CptModule.of(CptCodeSet.teamList())));

    /** The CPT codes other than office visits the plug-in suggests for an outpatient note. */
    static List<String> services(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.CPT)).systems().get(0)
                .suggestions().stream().map(Suggestion::code).filter(c -> !c.startsWith("992")).toList();
    }

    @Test
    void aTestDoneInTheOfficeIsCoded() {
        assertEquals(List.of("93000"), services("Seen today for palpitations. An EKG in the office shows sinus rhythm."));
    }

    @Test
    void theEcgOfAStressTestTheNoteReportsIsWithinTheStressTest() {
        assertEquals(List.of(), services("Physical examination:\nHeart regular.\nDescription:\nShe walked on a Bruce protocol "
                + "for nine minutes and reached her target heart rate. The EKG at rest showed sinus rhythm.\n"));
        assertEquals(List.of("93000"), services("Seen today for chest pain. An EKG in the office shows sinus rhythm. "
                + "We will schedule a stress test next week."));
    }

    @Test
    void aTestWhoseSentenceDatesItToAYearIsAnEarlierTest() {
        assertEquals(List.of(), services("Seen for dizziness. An EKG done in March 2019 was normal sinus rhythm."));
        assertEquals(List.of("93000"), services("Seen for dizziness. An EKG done in the office on 03/14/2019 was normal."));
        assertEquals(List.of("93000"), services("Seen for dizziness. An EKG done in the office on March 14, 2019 was normal."));
        assertEquals(List.of("93000"), services("Seen for dizziness. An EKG was done in the office."));
    }

    @Test
    void aTestResultListedWithoutSayingItWasDoneAtThisVisitIsNotCoded() {
        assertEquals(List.of(), services("Seen for a cough.\nLaboratory data:\nCBC shows a white count of 14. Urinalysis is "
                + "negative. EKG: sinus rhythm. Chest x-ray shows a right lower lobe infiltrate.\n"));
        assertEquals(List.of("93000", "81002"), services("Seen for a cough.\nLaboratory data:\nEKG in the clinic shows sinus "
                + "rhythm. Urinalysis today is negative.\n"));
        assertEquals(List.of("93000"), services("Seen for palpitations. We did get an EKG, which shows sinus rhythm."));
    }

    @Test
    void aDrainageAtASiteWithItsOwnCodeOrOfNoAbscessIsNotTheSkinAbscessCode() {
        assertEquals(List.of("10060"), services("Procedure:\nIncision and drainage of a thigh abscess.\n"));
        assertEquals(List.of(), services("Procedure:\nIncision and drainage of a perianal abscess.\n"));
        assertEquals(List.of(), services("Procedure:\nIncision and drainage of a submandibular space infection.\n"));
        assertEquals(List.of(), services("Procedure:\nIncision and drainage of an auricular hematoma.\n"));
        assertEquals(List.of(), services("Procedure:\nIncision and drainage, left knee.\n"));
    }

    @Test
    void aComplicatedOrMultipleDrainageIsTheVariantCode() {
        assertEquals(List.of("10061"), services("Procedure:\nIncision and drainage of multiple back abscesses.\n"));
        assertEquals(List.of("10061"), services("Procedure:\nIncision and drainage of a thigh abscess.\nThe cavity was "
                + "irrigated and a Penrose drain was left in it.\n"));
    }

    @Test
    void aUrinalysisReadUnderTheMicroscopeIsNotTheDipstickCode() {
        assertEquals(List.of("81000"), services("Urinalysis in the office today is microscopically clear.\n"));
        assertEquals(List.of("81002"), services("Urinalysis in the office today is negative.\n"));
    }

    @Test
    void aNegatedWordChoosesNoVariant() {
        assertEquals(List.of("81002"), services("Urinalysis in the office today, without microscopy, is negative.\n"));
        assertEquals(List.of("10060"), services("Procedure:\nIncision and drainage of a thigh abscess.\nNo packing was "
                + "needed.\n"));
    }

    @Test
    void anEpiduralSteroidInjectionIsCodedByItsRegionAndImaging() {
        assertEquals(List.of("62320"), services("Procedure:\nThoracic epidural steroid injection.\nA needle was passed "
                + "into the epidural space by loss of resistance.\n"));
        assertEquals(List.of("62321"), services("Procedure:\nEpidural steroid injection at C6-7.\nThe needle was placed "
                + "under fluoroscopic guidance.\n"));
        assertEquals(List.of("62322"), services("Procedure:\nCaudal epidural steroid injection without fluoroscopy.\n"));
        assertEquals(List.of("62323"), services("Procedure:\nEpidural steroid injection at L4-5.\nThe C-arm was used to "
                + "confirm the level.\n"));
        assertEquals(List.of("62322"), services("History:\nHe had a fluoroscopically guided block last year.\n"
                + "Procedure:\nLumbar epidural steroid injection at L4-5 by loss of resistance.\n"),
                "the imaging of an earlier procedure is not this one's");
        assertEquals(List.of("64483"), services("Procedure:\nRight S1 transforaminal epidural steroid injection.\n"));
        assertEquals(List.of("64479"), services("Procedure:\nLeft C5 transforaminal epidural steroid injection.\n"));
    }

    @Test
    void anEpiduralSteroidInjectionWithoutARegionOrWithinALysisOfAdhesionsIsNotCoded() {
        assertEquals(List.of(), services("Procedure:\nEpidural steroid injection.\n"));
        assertEquals(List.of("62264"), services("Procedure:\nL3-4 lysis of epidural adhesions followed by epidural steroid "
                + "injection.\n"), "the lysis of adhesions is coded, the injection within it is not");
        assertEquals(List.of(), services("Plan:\nWe recommend a lumbar epidural steroid injection.\n"));
        assertEquals(List.of(), services("Plan:\nI am still trying to have a lumbar epidural steroid injection approved.\n"));
    }

    @Test
    void aJointInjectionIsCodedByTheSiteItsSentenceNames() {
        assertEquals(List.of("20610"), services("Procedure:\nLeft shoulder joint injection.\nThe joint was entered "
                + "from behind.\n"));
        assertEquals(List.of("20605"), services("Procedure:\nSteroid injection of the right wrist.\n"));
        assertEquals(List.of("20600"), services("Procedure:\nCortisone injection, left great toe.\n"));
        assertEquals(List.of("20611"), services("Procedure:\nKnee aspiration under ultrasound guidance.\n"));
        assertEquals(List.of("20550"), services("Procedure:\nSteroid injection for tenosynovitis of the left ring "
                + "finger.\n"));
        assertEquals(List.of("20526"), services("Procedure:\nCortisone injection, right carpal tunnel.\n"));
        assertEquals(List.of("20552"), services("Procedure:\nTrigger point injections were given in the office.\n"));
    }

    @Test
    void anInjectionAtAnEpicondyleIsATendonOriginInjectionNotTheElbowJoints() {
        assertEquals(List.of("20551"), services("Procedure:\nSteroid injection of the right lateral epicondyle for "
                + "epicondylitis of the elbow.\n"));
        assertEquals(List.of("20605"), services("Procedure:\nSteroid injection of the right elbow joint.\n"));
    }

    @Test
    void aPercutaneousEpiduralLysisOfAdhesionsIsCodedButNotAnOpenSpinalOrAbdominalOne() {
        assertEquals(List.of("62264"), services("Procedure:\nRight L5 transforaminal lysis of adhesions with "
                + "hyaluronidase.\n"));
        assertEquals(List.of(), services("Procedure:\nRevision laminectomy at L4 with lysis of epidural adhesions.\n"));
        assertEquals(List.of(), services("Procedure:\nLaparoscopic lysis of adhesions.\n"));
    }

    @Test
    void anArthroscopicMeniscectomyIsCodedByTheMenisciItRemoves() {
        assertEquals(List.of("29881"), services("Procedure:\nRight knee arthroscopy with partial lateral "
                + "meniscectomy.\n"));
        assertEquals(List.of("29880"), services("Procedure:\nArthroscopic partial medial and lateral meniscectomy of "
                + "the left knee.\n"));
        assertEquals(List.of(), services("Procedure:\nLeft total knee arthroplasty.\nThe medial and lateral "
                + "meniscectomy was then done with a knife.\n"));
    }

    @Test
    void aMeniscectomyListedBesideTheArthroscopyInItsProcedureSectionIsArthroscopic() {
        assertEquals(List.of("29881"), services("Procedures performed:\n1. Diagnostic arthroscopy of the right knee.\n"
                + "2. Partial lateral meniscectomy.\n3. Open release of the lateral retinaculum.\n"));
        assertEquals(List.of(), services("Procedures performed:\n1. Partial lateral meniscectomy.\nHistory:\nA knee "
                + "arthroscopy on the other side some years ago.\n"), "the arthroscopy of another section is not this one");
        assertEquals(List.of(), services("Procedures performed:\n1. Diagnostic arthroscopy of the right knee.\n"
                + "2. Open partial lateral meniscectomy through an arthrotomy.\n"));
    }

    @Test
    void triggerPointInjectionsInThreeOrMoreMusclesTakeTheirOwnCode() {
        assertEquals(List.of("20553"), services("Procedure:\nTrigger point injections were given in the office into "
                + "the trapezius, the rhomboid and the levator scapulae.\n"));
        assertEquals(List.of("20553"), services("Exam:\nTender trigger points in the trapezius and the gluteus medius "
                + "bilaterally.\nProcedure:\nTrigger point injections were done today.\n"),
                "a muscle on both sides is two muscles");
        assertEquals(List.of("20552"), services("Exam:\nTrigger points in the left trapezius and the left rhomboid.\n"
                + "Procedure:\nTrigger point injections were done today.\n"));
        assertEquals(List.of("20552"), services("Exam:\nNo trigger points in the trapezius, the rhomboid or the "
                + "paraspinal muscles bilaterally.\nProcedure:\nTrigger point injection of the left piriformis.\n"),
                "muscles without trigger points are not counted");
        assertEquals(List.of("20552"), services("Procedure:\nTrigger point injections into the paraspinous and "
                + "paravertebral muscles.\n"), "two words of one muscle are one");
    }

    @Test
    void aJointInjectionWithoutAJointOrWithinAnotherProcedureIsNotCoded() {
        assertEquals(List.of(), services("Procedure:\nSteroid injection.\n"));
        assertEquals(List.of(), services("Procedure:\nLumbar facet joint injection at L4-5.\n"));
        assertEquals(List.of("29881"), services("Procedure:\nLeft knee arthroscopy with partial meniscectomy.\nFindings:\n"
                + "A torn medial meniscus. At the close, an intra-articular injection of the knee with bupivacaine.\n"),
                "the arthroscopy is coded, the injection within it is not");
        assertEquals(List.of(), services("Plan:\nWe will consider a knee injection next month.\n"));
    }

    @Test
    void anOperationHoldsOnlyAnInjectionOfItsOwnJoint() {
        assertEquals(List.of("29881", "20610"), services("Procedure:\n1. Right knee arthroscopy with partial "
                + "meniscectomy.\n2. Subacromial injection of the left shoulder with triamcinolone.\n"),
                "a shoulder injected beside a knee arthroscopy is its own service");
        assertEquals(List.of("29881"), services("Procedure:\n1. Right knee arthroscopy with partial meniscectomy.\n"
                + "2. Injection of the prepatellar bursa with lidocaine.\n"), "a bursa of the knee is the knee's");
        assertEquals(List.of("29881"), services("Procedure:\n1. Right knee arthroscopy with partial meniscectomy.\n"
                + "2. Intra-articular injection of bupivacaine.\n"), "a bare joint is the operation's joint");
    }

    @Test
    void aTransforaminalInjectionAtFurtherLevelsAddsItsAddOnCodeOncePerLevel() {
        List<Suggestion> two = PIPELINE.code(new Note("Procedure:\n1. Right L4-5 transforaminal epidural steroid "
                + "injection.\n2. Right L5-S1 transforaminal epidural steroid injection.\n", CareSetting.OUTPATIENT),
                List.of(CodeSystem.CPT)).systems().get(0).suggestions();
        assertEquals(List.of("64483", "64484"), two.stream().map(Suggestion::code).toList());
        assertEquals(1, two.get(1).units());
        assertEquals(List.of("64479", "64480"), services("Procedure:\nLeft C5, C6 and C7 transforaminal epidural "
                + "steroid injection.\n"));
        assertEquals(2, PIPELINE.code(new Note("Procedure:\nLeft C5, C6 and C7 transforaminal epidural steroid "
                + "injection.\n", CareSetting.OUTPATIENT), List.of(CodeSystem.CPT)).systems().get(0).suggestions()
                .get(1).units());
        assertEquals(List.of("64483"), services("Procedure:\nBilateral L5-S1 transforaminal epidural steroid "
                + "injection.\nThe needle was placed at L5-S1 on each side.\n"));
    }

    @Test
    void variantsThatLeadBackToTheirCodeFailAtLoad() {
        assertThrows(IllegalStateException.class, () -> new ServiceVariants(List.of(
                new ServiceVariants.Row("1", "2", ServiceVariants.Scope.SENTENCE, "a"),
                new ServiceVariants.Row("2", "1", ServiceVariants.Scope.SENTENCE, "b"))));
    }

    @Test
    void aStaysDailyCountIsNotThisVisitsTest() {
        assertEquals(List.of(), services("Labs:\nCBC today shows a white count of 11.2, from 14.5 yesterday.\n"));
    }

    @Test
    void aServiceStatusPostIsAnEarlierOne() {
        assertEquals(List.of(), services("Seen for a buttock abscess, status post incision and drainage, packing removed."));
    }

    @Test
    void aProcedureInThePastSurgicalHistoryIsNotCoded() {
        assertEquals(List.of(), services("Past surgical history:\nIncision and drainage of a thigh abscess.\n"));
    }

    @Test
    void aTestToldInTheHistoryOfPresentIllnessIsNotCoded() {
        assertEquals(List.of(), services("History of present illness:\nAt the urgent care a chest x-ray was clear.\n"));
    }

    @Test
    void aTestInAProcedureReportIsNotCodedButTheProcedureIs() {
        assertEquals(List.of("10060"), services("Procedure performed:\nIncision and drainage of a neck abscess.\n"
                + "The patient was monitored with EKG and pulse oximetry.\n"));
    }

    @Test
    void theEcgOfAStudysOwnReportIsPartOfTheStudyButAVisitWithAnIndicationCodesIt() {
        assertEquals(List.of(), services("Reason for the exam:\nChest pressure.\nInterpretation:\nThe baseline heart "
                + "rate was 60. EKG shows sinus rhythm. After regadenoson the heart rate rose to 88.\n"));
        assertEquals(List.of("93000"), services("Indication:\nPalpitations.\nPhysical examination:\nRegular rhythm. An "
                + "EKG in the office today shows sinus rhythm.\n"));
    }

    @Test
    void aTestDoneBeforeOrElsewhereIsNotCoded() {
        assertEquals(List.of(), services("Seen today. Her previous EKG was normal."));
        assertEquals(List.of(), services("Seen today. The outside chest x-ray shows no infiltrate."));
    }

    @Test
    void aTestOnlyReviewedIsNotCoded() {
        assertEquals(List.of(), services("Seen today. Chest x-ray reviewed with the family."));
        assertEquals(List.of(), services("Seen today. The chest x-ray is still pending."));
    }

    @Test
    void monitorLeadsAreNoTest() {
        assertEquals(List.of(), services("Seen today. The EKG leads were placed on the chest wall."));
    }

    @Test
    void aTestDatedTodayIsCodedEvenInTheHistory() {
        assertEquals(List.of("93000"), services("History of present illness:\nHe felt faint. Today an EKG shows sinus rhythm.\n"));
        assertEquals(List.of("81002"), services("Seen today. Labs:\nUrinalysis from today is normal.\n"));
    }

    @Test
    void aLaboratoryPanelDrawnTodayIsTheLaboratorysUnlessTheOfficeRanIt() {
        assertEquals(List.of(), services("Seen today. Labs:\nCBC from today is normal.\n"));
        assertEquals(List.of("85025"), services("Seen today. Labs:\nA CBC run in our office today is normal.\n"));
    }

    @Test
    void aWartFrozenAtTheVisitIsTheDestructionOfABenignLesion() {
        assertEquals(List.of("17110"), services("Seen today for a wart of the thumb. After consent we used liquid nitrogen"
                + " to freeze the wart with a two millimeter margin.\n"));
        assertEquals(List.of("17110"), services("Procedure:\nCryotherapy of the warts on both hands.\n"));
    }

    @Test
    void aWartFreezingOnlyPlannedOrDeclinedIsNotCoded() {
        assertEquals(List.of(), services("Seen today for a plantar wart. We will freeze the wart at the next visit.\n"));
        assertEquals(List.of(), services("Seen today for a plantar wart. She declined cryotherapy of the wart.\n"));
    }
}
