package org.opencac.engine.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;

class SectionDetectorTest {

    @Test
    void aHeadersKeyIsItsTrimmedLowerCasedTextWithEachRunOfWhitespaceOneSpace() {
        assertEquals("history of present illness", SectionDetector.key("  HISTORY \t OF\n\nPresent  Illness\r\n"));
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        List<String> pieces = List.of("A", "b", "Ü", "ß", " ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "-",
                "/", "\u0001");
        java.util.Random random = new java.util.Random(21);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String raw = b.toString();
            String expected = spaces.matcher(raw.trim().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
            assertEquals(expected, SectionDetector.key(raw), raw);
        }
    }

    /** What {@link SectionDetector#beforeSentence} reads at a comma, as the pattern it replaced. */
    private static final java.util.regex.Pattern SENTENCE_AFTER_COMMA =
            java.util.regex.Pattern.compile(",[ \\t]*(?=\\p{Lu}\\p{Ll})");

    private static final SectionDetector DETECTOR = SectionDetector.standard();

    private static Document detect(String text) {
        return DETECTOR.process(Document.of(new Note(text, CareSetting.OUTPATIENT)));
    }

    /** The section type at the first occurrence of {@code marker}. */
    private static SectionType typeAt(String text, String marker) {
        return typesAt(text, marker).get(0);
    }

    /** The section types at the first occurrence of each marker, in the markers' order (the text detected once). */
    private static List<SectionType> typesAt(String text, String... markers) {
        Document doc = detect(text);
        List<SectionType> types = new java.util.ArrayList<>();
        for (String marker : markers) {
            int at = text.indexOf(marker);
            types.add(doc.sections().stream().filter(s -> s.span().start() <= at && at < s.span().end()).findFirst()
                    .orElseThrow(() -> new AssertionError("no section covers " + marker)).type());
        }
        return types;
    }

    @Test
    void theLastLetterOfAnInitialismBeforeAColonIsNoOneLetterHeader() {
        String note = "PHYSICAL EXAMINATION: Temperature 38 C; T.A: 118/70 mmHg; B.P: 120/80. She is pale and sweating.";
        assertEquals(SectionType.PHYSICAL_EXAM, typeAt(note, "She is pale"));
        String soap = "O: The knee is swollen and warm. A: Gout of the knee.";
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt(soap, "Gout of the knee"));
    }

    @Test
    void aReasonForAConsultationOrTransferIsTheChiefComplaintNotTheCourse() {
        String note = "REASON FOR NEUROLOGICAL CONSULTATION: Numb feet.\nREASON FOR THE CONSULT: Painful hip.\n"
                + "REASON FOR TRANSFER: Kidney stone.\nREASON FOR CATHETERIZATION: Exertional chest pressure.";
        assertEquals(List.of(SectionType.CHIEF_COMPLAINT, SectionType.CHIEF_COMPLAINT, SectionType.CHIEF_COMPLAINT,
                SectionType.INDICATION), typesAt(note, "Numb feet", "Painful hip", "Kidney stone", "Exertional"));
    }

    @Test
    void aSubstanceAbuseHeadingInCapitalsOpensTheSocialHistoryButNotInMixedCase() {
        String note = "PAST PSYCHIATRIC HISTORY:, One admission for mania.,SUBSTANCE ABUSE:, Tried sleeping pills once."
                + ",ASSESSMENT:,1.  Mania.,2.  Substance abuse: referred to counseling.";
        assertEquals(SectionType.SOCIAL_HISTORY, typeAt(note, "Tried sleeping"));
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt(note, "referred to counseling"));
        String line = "Assessment:\nSubstance abuse: referred to counseling.";
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt(line, "referred to counseling"));
    }

    @Test
    void aProblemsListHeaderOpensTheProblemList() {
        String note = "PROBLEMS LIST:,1.  Type 2 diabetes.,2.  Gout.,HISTORY OF PRESENT ILLNESS:, She returns for review.";
        assertEquals(SectionType.PROBLEM_LIST, typeAt(note, "Type 2 diabetes"));
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS, typeAt(note, "She returns"));
    }

    @Test
    void aPastHistoryOfOneOrganIsThePastHistoryNotThePresentIllness() {
        String note = "HISTORY OF PRESENT ILLNESS:, Blurred vision for a week.,PAST OCULAR HISTORY:, Laser for a torn"
                + " retina years ago.,EYE HISTORY:, Glasses since school.,EXAM:, Clear lens.";
        assertEquals(List.of(SectionType.HISTORY_PRESENT_ILLNESS, SectionType.PAST_MEDICAL_HISTORY,
                SectionType.PAST_MEDICAL_HISTORY),
                typesAt(note, "Blurred vision", "Laser for a torn", "Glasses since"));
    }

    @Test
    void aCodeStatusHeaderEndsTheSectionBeforeItSoItsDirectiveIsNotReadAsAnAllergy() {
        String note = "ALLERGIES:, Penicillin.,CODE STATUS:, Do not resuscitate per the family.,PLAN:, Comfort care.";
        assertEquals(SectionType.ALLERGIES, typeAt(note, "Penicillin"));
        assertEquals(SectionType.INSTRUCTIONS, typeAt(note, "Do not resuscitate"));
    }

    @Test
    void aPresentMedicationsListAfterTheAllergiesIsTheMedicationsNotMoreAllergies() {
        String note = "ALLERGIES,1.  CODEINE.,2.  LATEX.,PRESENT MEDICATIONS,1.  Warfarin 5 mg daily.,"
                + "2.  Aspirin 81 mg.,CURRENT MEDICATION:, Metformin.,SOCIAL HISTORY:, Retired.";
        assertEquals(List.of(SectionType.ALLERGIES, SectionType.MEDICATIONS, SectionType.MEDICATIONS),
                typesAt(note, "LATEX", "Warfarin", "Metformin"));
    }

    @Test
    void aPreviousOperationsHeaderIsThePastSurgicalHistoryNotThisEncountersProcedure() {
        String note = "HISTORY OF PRESENT ILLNESS:, A sore lump on his ribs.,PREVIOUS OPERATIONS:, Drainage of a"
                + " buttock abscess and a knee scope.,PREVIOUS INJURIES:, A broken wrist as a boy.,EXAM:, Tender lump.";
        assertEquals(List.of(SectionType.PAST_SURGICAL_HISTORY, SectionType.PAST_MEDICAL_HISTORY,
                SectionType.PHYSICAL_EXAM),
                typesAt(note, "Drainage of a", "A broken wrist", "Tender lump"));
    }

    @Test
    void aPainScreeningHeaderIsThePatientsReportNotTheProvidersAssessment() {
        String note = "HISTORY OF PRESENT ILLNESS:, He comes back for his yearly visit.,"
                + "PAIN ASSESSMENT:, Mild knee ache after long walks.,"
                + "IMPRESSION:, Stable gout.";
        assertEquals(SectionType.REVIEW_OF_SYSTEMS, typeAt(note, "Mild knee ache"));
        assertEquals(SectionType.IMPRESSION, typeAt(note, "Stable gout"));
    }

    @Test
    void aStudysProcedureAndInterpretationHeaderTellsTheTestNotItsConclusion() {
        String note = "INDICATION:, Shortness of breath on stairs.,"
                + "PROCEDURE AND INTERPRETATION:  ,She walked nine minutes on the treadmill and stopped for leg fatigue.,"
                + "IMPRESSION:, Normal exercise study.";
        assertEquals(SectionType.PROCEDURE, typeAt(note, "She walked nine"));
        assertEquals(SectionType.IMPRESSION, typeAt(note, "Normal exercise study"));
    }

    @Test
    void anOperativeReportNarrativeHeaderEndsTheIndicationsBeforeIt() {
        String note = "OPERATIVE INDICATIONS:, A keen cyclist whose hand went numb failed splinting.,"
                + "OPERATIVE REPORT IN DETAIL:, The wrist was opened and an inflamed bursa was seen.";
        assertEquals(SectionType.INDICATION, typeAt(note, "A keen cyclist"));
        assertEquals(SectionType.PROCEDURE, typeAt(note, "The wrist was opened"));
        String summary = "INDICATIONS:, Knee pain on stairs.,SUMMARY OF PROCEDURE:, A scope entered the knee.";
        assertEquals(SectionType.PROCEDURE, typeAt(summary, "A scope entered"));
    }

    @Test
    void anUnlistedHeaderNamingAStudyByItsContrastOpensTheResults() {
        String note = "EXAM:, Pulse regular. Calves soft.,Chest CT with and without contrast: 3/2/04: a small nodule in "
                + "the left lower lobe.,PLAN:, Repeat in a year.";
        assertEquals(List.of(SectionType.PHYSICAL_EXAM, SectionType.RESULTS, SectionType.ASSESSMENT_PLAN),
                typesAt(note, "Calves soft", "a small nodule", "Repeat in a year"));
        String unlisted = "EXAM:, Pulse regular. Calves soft.,Her breathing was much worse even without contrast: "
                + "a small nodule was seen.";
        assertEquals(SectionType.PHYSICAL_EXAM, typeAt(unlisted, "a small nodule"));
    }

    @Test
    void aPostoperativeDxHeaderIsADiagnosticStatement() {
        String note = "PREOPERATIVE DX:, Torn meniscus.,POSTOPERATIVE DX:, Torn meniscus and loose body.,"
                + "PROCEDURE:, Arthroscopy.";
        assertEquals(SectionType.DIAGNOSES, typeAt(note, "Torn meniscus."));
        assertEquals(SectionType.DIAGNOSES, typeAt(note, "Torn meniscus and loose"));
    }

    @Test
    void anExaminationHeaderWhoseColonBecameACommaBeforeABodySystemOpensTheExamination() {
        String note = "REVIEW OF SYSTEMS:, Positive for heartburn.,PHYSICAL EXAMINATION,GENERAL:  A tall man at ease."
                + ",ABDOMEN:  Soft.";
        assertEquals(List.of(SectionType.REVIEW_OF_SYSTEMS, SectionType.PHYSICAL_EXAM, SectionType.PHYSICAL_EXAM),
                typesAt(note, "Positive for heartburn", "A tall man", "Soft."));
        // a literal that no sub-header continues opens nothing there: the body system stays in the review
        String other = "REVIEW OF SYSTEMS:, Positive for heartburn.,FAMILY HISTORY,GENERAL:  A tall man at ease.";
        assertEquals(SectionType.REVIEW_OF_SYSTEMS, typeAt(other, "A tall man"));
    }

    @Test
    void aHeaderWithAnAsideInParenthesesBeforeItsColonStartsItsSection() {
        String note = "CC:, Dizzy spells.,HX , (told by his sister): The man fell twice this week.,"
                + "PMH (per chart):, Gout.,REVIEW OF SYSTEMS:, No rash.";
        assertEquals(List.of(SectionType.CHIEF_COMPLAINT, SectionType.HISTORY_PRESENT_ILLNESS,
                SectionType.PAST_MEDICAL_HISTORY),
                typesAt(note, "Dizzy", "fell twice", "Gout"));
    }

    @Test
    void anAsideThatIsNoHeadersOrHoldsASentenceEndOpensNoSection() {
        String note = "HISTORY OF PRESENT ILLNESS:, The man saw his doctor (twice): he fell.,"
                + "He had gout (see above. HX): none.";
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS, typeAt(note, "he fell"));
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS, typeAt(note, "none"));
        assertEquals(-1, SectionDetector.beforeAside("Gout (a. b):", 10));
    }

    @Test
    void headersRunIntoTheTextStartTheirOwnSections() {
        String note = "HISTORY OF PRESENT ILLNESS:, The boy has a cough.,PAST MEDICAL HISTORY:, Asthma.,"
                + "FAMILY HISTORY: Grandfather had emphysema.,REVIEW OF SYSTEMS:, No rash.";
        assertEquals(List.of(SectionType.HISTORY_PRESENT_ILLNESS, SectionType.PAST_MEDICAL_HISTORY,
                SectionType.FAMILY_HISTORY, SectionType.REVIEW_OF_SYSTEMS),
                typesAt(note, "cough", "Asthma", "emphysema", "rash"));
    }

    @Test
    void aRunInHeadingOfACaseReportToldLineByLineHeadsOnlyItsOwnLine() {
        String opening = "A 40-year-old man came in with a dry cough of two weeks.\n";
        String report = opening + "Family history: an aunt with asthma.\nOn examination he had crackles at both bases.\n"
                + "Motor: strength was reduced in the left leg.\nHe later developed a fever.\n";
        assertEquals(List.of(SectionType.FAMILY_HISTORY, SectionType.UNKNOWN, SectionType.UNKNOWN),
                typesAt(report, "aunt", "crackles", "fever"));
        // a heading alone on its line, or in capitals, keeps the lines after it
        assertEquals(SectionType.FAMILY_HISTORY,
                typeAt(opening + "Family history:\nAn aunt with asthma.\nA brother with gout.\n", "brother"));
        assertEquals(SectionType.FAMILY_HISTORY,
                typeAt(opening + "FAMILY HISTORY: An aunt with asthma.\nA brother with gout.\n", "brother"));
        // a list the heading opens goes on over its lines
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt(opening + "Assessment: 1. Asthma.\n2. Gout.\n", "Gout"));
        assertEquals(SectionType.FAMILY_HISTORY,
                typeAt(opening + "Family history: an aunt with asthma.\n- a brother with gout.\n", "brother"));
        // a note that opens with its heading is a structured note
        assertEquals(SectionType.FAMILY_HISTORY,
                typeAt("Family history: an aunt with asthma.\nA brother with gout.\n", "brother"));
        // a flattened note has no lines to end a heading
        assertEquals(SectionType.FAMILY_HISTORY,
                typeAt("A 40-year-old man came in with a dry cough of two weeks. Family history: an aunt with asthma. "
                        + "A brother with gout.", "brother"));
    }

    @Test
    void soapLettersWrittenWithADashOpenTheirSections() {
        String note = "S - ,A diabetic woman with a painful heel.,O - ,Tender plantar fascia.,A - ,1.  Plantar "
                + "fasciitis.,P - ,Stretching.";
        assertEquals(List.of(SectionType.HISTORY_PRESENT_ILLNESS, SectionType.PHYSICAL_EXAM,
                SectionType.ASSESSMENT_PLAN, SectionType.ASSESSMENT_PLAN),
                typesAt(note, "diabetic", "Tender", "fasciitis", "Stretching"));
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt("Note\nA - Plantar fasciitis.", "fasciitis"));
        // a capital letter and a dash inside a sentence are no header
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS,
                typeAt("HISTORY OF PRESENT ILLNESS:, She had hepatitis A - now resolved.", "resolved"));
    }

    @Test
    void aHeaderWhoseColonBecameACommaBeforeANumberedListIsFound() {
        String note = "DIAGNOSES ON ADMISSION,1.  Community acquired pneumonia.,2.  Gout.,"
                + "HOSPITAL COURSE:, Sodium was 1.4 below normal.,IMPRESSION,1.  Pneumonia, improving.";
        assertEquals(SectionType.DIAGNOSES, typeAt(note, "Community"));
        assertEquals(SectionType.IMPRESSION, typeAt(note, "improving"));
        // a list after a word that is no header, or after a header written in lower case inside a sentence
        assertEquals(SectionType.HOSPITAL_COURSE, typeAt("HOSPITAL COURSE:, He had two findings,1. a rash.", "rash"));
        assertEquals(SectionType.HOSPITAL_COURSE, typeAt("HOSPITAL COURSE:, He gave an impression,1. of pain.", "pain"));
    }

    @Test
    void aDiagnosticStatementHeaderWhoseColonBecameACommaBeforeASentenceIsFound() {
        String note = "PREOPERATIVE DIAGNOSIS,Left breast carcinoma in situ.,POSTOPERATIVE DIAGNOSIS,Left breast "
                + "carcinoma in situ.,PROCEDURES PERFORMED:,Lumpectomy.,IMPRESSION,Margins are clear.";
        assertEquals(List.of(SectionType.DIAGNOSES, SectionType.PROCEDURE, SectionType.IMPRESSION),
                typesAt(note, "Left breast", "Lumpectomy", "Margins"));
        // only the diagnostic statements: a narrative header so written stays in the section before it
        assertEquals(SectionType.PROCEDURE, typeAt("PROCEDURE:, Lumpectomy.,INDICATION,She had a lump.", "lump."));
        // a header word written in lower case inside a sentence is no header
        assertEquals(SectionType.HOSPITAL_COURSE,
                typeAt("HOSPITAL COURSE:, She had an impression, Hard to say.", "Hard"));
    }

    @Test
    void aRadiologyRequestsClinicalLineIsItsIndication() {
        String note = "EXAM:,MRI OF THE LEFT HIP,CLINICAL:,Hip pain after a fall.,FINDINGS:,No fracture.";
        assertEquals(SectionType.INDICATION, typeAt(note, "Hip pain"));
    }

    @Test
    void theReasonForAnExaminationIsItsIndicationNotAnExamination() {
        String report = "REASON FOR EXAMINATION:,  Palpitations on exertion.,FINDINGS:, Sinus rhythm throughout.";
        assertEquals(SectionType.INDICATION, typeAt(report, "Palpitations"));
        assertEquals(SectionType.INDICATION, typeAt("REASON FOR THE EXAM:, Chest pain.,IMPRESSION:, Normal.", "Chest"));
    }

    @Test
    void aStudysSymptomHeaderIsItsIndicationNotTheStudy() {
        String report = "EXAM:, Upper GI series.,SYMPTOM:,  Heartburn after meals.,FINDINGS:, Small hiatal hernia.";
        assertEquals(SectionType.INDICATION, typeAt(report, "Heartburn"));
        assertEquals(SectionType.INDICATION, typeAt("PRESENTING SYMPTOMS: Cough for a week.", "Cough"));
    }

    @Test
    void anExamHeaderNamingAStudyIsTheStudyNotAPhysicalExamination() {
        String report = "EXAM: , Screening bilateral mammogram.,HISTORY:, Routine check.,IMPRESSION:, Benign.";
        assertEquals(SectionType.PROCEDURE, typeAt(report, "Screening"));
        assertEquals(SectionType.PROCEDURE, typeAt("EXAMINATION:  MRI of the right knee.,FINDINGS: Torn meniscus.", "MRI"));
        assertEquals(SectionType.PROCEDURE, typeAt("EXAM:, Three views of the left ankle.", "Three"));
        // a physical examination keeps its type, and so do its body-system sub-headers
        assertEquals(SectionType.PHYSICAL_EXAM, typeAt("EXAM:, Alert, lungs clear.,HEART: Regular rhythm.", "Alert"));
        assertEquals(SectionType.PHYSICAL_EXAM, typeAt("PHYSICAL EXAM:, Chest x-ray views were normal.", "Chest"));
        assertEquals(SectionType.PHYSICAL_EXAM, typeAt("EXAM:, Alert, lungs clear.,HEART: Regular rhythm.", "Regular"));
    }

    @Test
    void aDifferentialDiagnosisIsNotTheDiagnosis() {
        String note = "IMPRESSION:, Acute gout.,DIFFERENTIAL DIAGNOSIS:, Septic arthritis and pseudogout.,"
                + "DIAGNOSIS: Gout of the left great toe.";
        assertEquals(List.of(SectionType.IMPRESSION, SectionType.DIFFERENTIAL_DIAGNOSIS, SectionType.ASSESSMENT_PLAN),
                typesAt(note, "Acute", "Septic", "Gout of"));
    }

    @Test
    void literalQualifiedByTheWordsAfterItKeepsItsType() {
        String note = "PROCEDURE: Repair of the tendon.,INDICATIONS FOR THE OPERATION:, A torn tendon."
                + ",FINDINGS AT THE TIME OF SURGERY:, A frayed tendon end.,HISTORY OF PRESENT PROBLEM:, A fall.";
        assertEquals(List.of(SectionType.INDICATION, SectionType.FINDINGS, SectionType.HISTORY_PRESENT_ILLNESS),
                typesAt(note, "A torn", "frayed", "A fall"));
    }

    @Test
    void headerJoiningTwoLiteralsIsNotQualifiedByTheFirst() {
        String note = "HISTORY OF PRESENT ILLNESS AND HOSPITAL COURSE:, She was given fluids.";
        assertEquals(SectionType.HOSPITAL_COURSE, typeAt(note, "fluids"));
    }

    @Test
    void qualifiedHeaderMustBeInCapitals() {
        String note = "PLAN: Rest.,\nHistory of gout: stable on allopurinol.";
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt(note, "stable"));
    }

    @Test
    void capitalHeaderAfterASentenceWithoutPunctuationIsFound() {
        String note = "She feels well today FAMILY HISTORY: Father had gout.";
        assertEquals(SectionType.FAMILY_HISTORY, typeAt(note, "gout"));
    }

    @Test
    void theLongestKnownHeaderWins() {
        String note = "Stable.  PAST MEDICAL HISTORY: Gout. FAMILY MEDICAL HISTORY: none";
        Document doc = detect(note);
        Section pmh = doc.sections().get(1);
        assertEquals(SectionType.PAST_MEDICAL_HISTORY, pmh.type());
        assertEquals("PAST MEDICAL HISTORY:", pmh.header().coveredText(note));
        assertEquals("FAMILY MEDICAL HISTORY:", doc.sections().get(2).header().coveredText(note));
    }

    @Test
    void mixedCaseHeaderAfterAClauseBoundaryIsFound() {
        String note = "Lungs are clear. Assessment: Acute bronchitis. Plan: fluids.";
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt(note, "bronchitis"));
    }

    @Test
    void lowercaseHeaderWordInsideASentenceIsNotAHeader() {
        String note = "She gave a long family history: her aunt had lupus.";
        assertEquals(SectionType.UNKNOWN, typeAt(note, "lupus"));
        assertEquals(1, detect(note).sections().size());
    }

    @Test
    void capitalizedHeaderWordInsideASentenceIsNotAHeader() {
        String note = "He reviewed his own Family history: nothing new.";
        assertEquals(SectionType.UNKNOWN, typeAt(note, "nothing"));
    }

    @Test
    void singleLetterHeadersCountOnlyAtTheStartOfALine() {
        assertEquals(SectionType.UNKNOWN, typeAt("Grade A: mild reflux.", "mild"));
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt("S: feels fine\nA: mild reflux", "mild"));
    }

    @Test
    void lineStartHeaderInAnyCaseAndCapitalLinesStillWork() {
        assertEquals(SectionType.FAMILY_HISTORY, typeAt("intro\nfamily history: aunt with lupus", "lupus"));
        assertEquals(SectionType.ASSESSMENT_PLAN, typeAt("intro\nASSESSMENT AND PLAN\nGout.", "Gout"));
    }

    @Test
    void backgroundHeadersOfAnIntakeAreFamilyAndSocialHistory() {
        String note = "INTAKE:, Seen with his father.,FAMILY BACKGROUND: , An uncle died of a stroke.,"
                + "SOCIAL BACKGROUND: , He likes to swim.,ACADEMIC BACKGROUND: , He is in the ninth grade.";
        assertEquals(List.of(SectionType.FAMILY_HISTORY, SectionType.SOCIAL_HISTORY, SectionType.SOCIAL_HISTORY),
                typesAt(note, "An uncle", "He likes", "He is in the ninth"));
    }

    @Test
    void bodySystemSubHeadersContinueTheReviewOfSystemsOrExam() {
        String note = "REVIEW OF SYSTEMS:, GENERAL: No fever. HEENT: No sore throat.,PHYSICAL EXAMINATION:,"
                + " VITAL SIGNS: Stable. HEENT: Pharynx red. ASSESSMENT: Pharyngitis.";
        assertEquals(List.of(SectionType.REVIEW_OF_SYSTEMS, SectionType.REVIEW_OF_SYSTEMS,
                SectionType.PHYSICAL_EXAM, SectionType.ASSESSMENT_PLAN),
                typesAt(note, "No fever", "No sore throat", "Pharynx red", "Pharyngitis"));
    }

    @Test
    void bodySystemHeaderOutsideAnExamStartsAnExam() {
        String note = "Seen today. HEENT: Pharynx red.";
        assertEquals(SectionType.PHYSICAL_EXAM, typeAt(note, "Pharynx"));
    }

    @Test
    void everySectionEndsWhereTheNextHeaderStarts() {
        String note = "CC: cough.,HPI: Two days.,ROS: Negative.";
        List<Section> sections = detect(note).sections();
        for (int i = 0; i + 1 < sections.size(); i++) {
            assertEquals(sections.get(i).span().end(), sections.get(i + 1).span().start());
        }
        assertEquals(note.length(), sections.get(sections.size() - 1).span().end());
    }

    @Test
    void unknownSectionTypeInTheRuleFileFailsNamingTheRule() {
        String json = "{\"rules\": [{\"id\": \"x1\", \"category\": \"nonsense\", \"headers\": [\"foo\"]}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SectionDetector.readRules(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
        assertEquals(true, e.getMessage().contains("x1"));
    }

    @Test
    void aHeaderJoiningADiagnosisAndAReasonIsTheDiagnosticStatement() {
        String note = "FINAL DIAGNOSIS/REASON FOR ADMISSION:, Cellulitis of the left shin.,"
                + "CHIEF COMPLAINT AND REASON FOR VISIT: Sore throat.,PLAN/DIAGNOSIS: Strep pharyngitis.";
        assertEquals(List.of(SectionType.DIAGNOSES, SectionType.CHIEF_COMPLAINT, SectionType.ASSESSMENT_PLAN),
                typesAt(note, "Cellulitis", "Sore", "Strep"));
        // the reason for the encounter joined to the narrative does not make the narrative a statement
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS,
                typeAt("CHIEF COMPLAINT/HISTORY OF PRESENT ILLNESS: Knee pain for a week, worse on stairs.", "Knee"));
        // a whole line in capitals joining the two
        assertEquals(SectionType.DIAGNOSES, typeAt("Seen today.\nREASON FOR ADMISSION AND FINAL DIAGNOSIS\nGout.", "Gout"));
        // no strong part: the last literal decides, as before
        assertEquals(SectionType.HOSPITAL_COURSE,
                typeAt("HISTORY OF PRESENT ILLNESS AND HOSPITAL COURSE:, She was given fluids.", "fluids"));
        // a one-letter literal ("P" of a plan) inside an abbreviation is no part
        assertEquals(SectionType.HOSPITAL_COURSE, typeAt("BRIEF H&P AND HOSPITAL COURSE:, Fluids were given.", "Fluids"));
    }

    @Test
    void aFamilyHistoryJoinedToThePatientsOwnHistoryDoesNotDecide() {
        assertEquals(SectionType.SOCIAL_HISTORY, typeAt("Seen today.\nSHX/FHX: Smokes a pack a day.", "Smokes"));
        assertEquals(SectionType.SOCIAL_HISTORY,
                typeAt("Seen today.\nSOCIAL HISTORY/FAMILY HISTORY: Drinks two beers a day.", "Drinks"));
        // alone, the family history is still one
        assertEquals(SectionType.FAMILY_HISTORY, typeAt("Seen today.\nFHX: Diabetes in her mother.", "Diabetes"));
    }

    @Test
    void histories_listedWithCommasBeforeOneSharedHistoryWord_openACombinedHistorySection() {
        String opening = "HISTORY OF PRESENT ILLNESS: Tired.\n";
        // the relatives' history joined to the patient's social history: the patient's past history
        assertEquals(SectionType.PAST_MEDICAL_HISTORY,
                typeAt(opening + "FAMILY, SOCIAL, AND ALLERGY HISTORY: Remote stroke. Quit smoking.", "stroke"));
        assertEquals(SectionType.PAST_MEDICAL_HISTORY,
                typeAt(opening + "FAMILY, SOCIAL AND ALLERGY HISTORY: No known drug allergies.", "allergies"));
        // without the relatives' part, the social history still decides beside the allergies
        assertEquals(SectionType.SOCIAL_HISTORY,
                typeAt(opening + "SOCIAL, EDUCATIONAL, AND ALLERGY HISTORY: Works nights.", "Works"));
        // a list before a word that is no shared head is no combined header
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS,
                typeAt(opening + "FAMILY, SOCIAL, AND ALLERGY NOTES: Remote stroke.", "stroke"));
    }

    @Test
    void historyWordsJoinedBySlashOrAndBeforeOneSharedHistoryWord_openACombinedHistorySection() {
        String opening = "HISTORY OF PRESENT ILLNESS: Tired.\n";
        assertEquals(SectionType.SOCIAL_HISTORY,
                typeAt(opening + "SOCIAL/FAMILY HISTORY: Married. No tobacco use.", "tobacco"));
        assertEquals(SectionType.SOCIAL_HISTORY,
                typeAt(opening + "FAMILY/SOCIAL HISTORY: Retired teacher.", "teacher"));
        assertEquals(SectionType.SOCIAL_HISTORY,
                typeAt(opening + "SOCIAL AND FAMILY HISTORY: Drinks wine on weekends.", "wine"));
        // a word that is no history kind makes no combined header
        assertEquals(SectionType.HISTORY_PRESENT_ILLNESS,
                typeAt(opening + "SOCIAL/WORK NOTES: Retired teacher.", "teacher"));
    }

    @Test
    void theCommaBeforeASentenceIsReadAsItsPatternFindsIt() {
        // generated texts of commas, blanks, letters of both cases (some beyond ASCII and beyond the BMP)
        String alphabet = ",,  \t\tAaBbZzÉéΣσ.\n1" + new String(Character.toChars(0x1D400))
                + new String(Character.toChars(0x1D41A));
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String text = b.toString();
            java.util.List<Integer> byPattern = new java.util.ArrayList<>();
            java.util.regex.Matcher m = SENTENCE_AFTER_COMMA.matcher(text);
            while (m.find()) {
                byPattern.add(m.start());
            }
            java.util.List<Integer> byScan = new java.util.ArrayList<>();
            for (int c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
                if (SectionDetector.beforeSentence(text, c)) {
                    byScan.add(c);
                }
            }
            assertEquals(byPattern, byScan, text);
        }
    }

    @Test
    void aHeaderEndsWithAContrastWordOnlyWhenASpaceComesBeforeIt() {
        String[][] cases = {
            {"ct of the chest with contrast", "with contrast"}, {"ct chestwith contrast", "with contrast"},
            {"with contrast", "with contrast"}, {" with contrast", "with contrast"}, {"contrast", "with contrast"},
            {"mri without", "without"}, {"mri without ", "without"}, {"", "without"}
        };
        for (String[] c : cases) {
            assertEquals(c[0].endsWith(" " + c[1]), SectionDetector.endsWithWord(c[0], c[1]), c[0]);
        }
        assertEquals(true, SectionDetector.endsWithWord("ct of the chest with contrast", "with contrast"));
        assertEquals(false, SectionDetector.endsWithWord("with contrast", "with contrast"));
    }
}
