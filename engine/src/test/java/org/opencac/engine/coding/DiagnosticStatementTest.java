package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.Section;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;
import org.opencac.engine.text.Sentence;

/** Section policy end to end: the diagnostic statement is coded, ROS/exam-only findings are not, and why. */
class DiagnosticStatementTest {

    private static MentionOutcome outcome(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + r.mentions()));
    }

    @Test
    void symptomListedOnlyInTheReviewOfSystemsIsNotCoded() {
        CodingResult r = outpatientChecked("CHIEF COMPLAINT: Knee pain.,REVIEW OF SYSTEMS: Positive for headache.,"
                + "ASSESSMENT: Osteoarthritis of the right knee.");
        NoteAssert.assertSuggested(r, "M17.11", 5);
        NoteAssert.assertNotSuggested(r, "R51.9");
        MentionOutcome headache = outcome(r, "headache");
        assertFalse(headache.coded());
        assertEquals("ros_only", headache.reason());
    }

    @Test
    void findingOnlyOnExamIsNotCoded() {
        CodingResult r = outpatientChecked("PHYSICAL EXAMINATION: Abdomen: hepatomegaly.,ASSESSMENT: Acute "
                + "bronchitis.");
        NoteAssert.assertSuggested(r, "J20.9", 5);
        NoteAssert.assertNotSuggested(r, "R16.0");
        assertEquals("exam_only", outcome(r, "hepatomegaly").reason());
    }

    @Test
    void aStudyResultTheExamQuotesIsCodedAsATestResult() {
        CodingResult r = outpatientChecked("PHYSICAL EXAMINATION: Abdomen soft, mildly tender under the right ribs. "
                + "The office sonogram shows gallstones with a normal wall.,ASSESSMENT: Plan elective removal of the "
                + "gallbladder.");
        NoteAssert.assertSuggested(r, "K80.20", 5);
        assertTrue(outcome(r, "gallstones").coded());
    }

    @Test
    void anImagingFindingTheExamQuotesFollowsTheTestResultRule() {
        CodingResult r = outpatientChecked("PHYSICAL EXAMINATION: Lungs with scattered rhonchi. An echocardiogram "
                + "last month showed cardiomegaly.,ASSESSMENT: Acute bronchitis.");
        NoteAssert.assertSuggested(r, "J20.9", 5);
        NoteAssert.assertNotSuggested(r, "I51.7");
        assertEquals("test_result_only", outcome(r, "cardiomegaly").reason());
    }

    @Test
    void imagingFindingTheAssessmentDoesNotCarryIsNotCoded() {
        CodingResult r = outpatientChecked("HISTORY OF PRESENT ILLNESS: Two days of productive cough.,"
                + "CHEST X-RAY: Cardiomegaly and no infiltrate.,"
                + "ASSESSMENT: Acute bronchitis. Essential hypertension.");
        NoteAssert.assertSuggested(r, "J20.9", 5);
        NoteAssert.assertSuggested(r, "I10", 5);
        NoteAssert.assertNotSuggested(r, "I51.7");
        NoteAssert.assertNotSuggested(r, "I11.9");
        assertEquals("test_result_only", outcome(r, "cardiomegaly").reason());
    }

    @Test
    void atelectasisAndValveLeaksOnlyAStudyReportsAreNotCoded() {
        CodingResult r = outpatientChecked("HISTORY OF PRESENT ILLNESS: A week of fever and cough.,"
                + "IMAGING STUDIES: A CT of the chest showed dependent atelectasis in both lower lobes. An echocardiogram"
                + " showed mild mitral regurgitation and mild aortic regurgitation.,"
                + "ASSESSMENT: Acute bronchitis.");
        NoteAssert.assertSuggested(r, "J20.9", 5);
        NoteAssert.assertNotSuggested(r, "J98.11");
        NoteAssert.assertNotSuggested(r, "I34.0");
        NoteAssert.assertNotSuggested(r, "I35.1");
    }

    @Test
    void imagingFindingOfAReportWithoutADiagnosticStatementIsCoded() {
        NoteAssert.assertSuggested(outpatientChecked("CHEST X-RAY: Cardiomegaly. The lungs are clear."), "I51.7", 5);
    }

    @Test
    void injuryTheSurgeonMakesWhileOperatingIsNotCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Bladder stone.,POSTOPERATIVE DIAGNOSIS: Bladder "
                + "stone.,DESCRIPTION OF PROCEDURE: The scope was passed and the bladder neck was then "
                + "cut at five and seven o'clock with the knife.");
        NoteAssert.assertSuggested(r, "N21.0", 5);
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("S") || s.code().startsWith("T")),
                r.suggestions().toString());
        assertTrue(r.mentions().stream().anyMatch(m -> "procedure_only".equals(m.reason())), r.mentions().toString());
    }

    @Test
    void signSeenDuringAStudyIsNotCodedWhenTheImpressionDoesNotCarryIt() {
        CodingResult r = outpatientChecked("INDICATIONS: Chest pain.,PROCEDURE: Treadmill stress test. The patient "
                + "reported "
                + "dizziness at peak exercise.,IMPRESSION: Normal stress test.");
        NoteAssert.assertSuggested(r, "R07.9", 5);
        NoteAssert.assertNotSuggested(r, "R42");
    }

    @Test
    void injuryTheStatementDocumentsStaysCodedFromTheOperativeAccount() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Fracture of the left distal radius.,POSTOPERATIVE "
                + "DIAGNOSIS: "
                + "Same.,PROCEDURE: Open reduction of the left distal radius fracture with a volar plate.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("S52.5")), r.suggestions().toString());
    }

    @Test
    void injuryTheStatementWritesInTheSameWordsStaysCodedFromTheOperativeAccount() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Left tibial shaft fracture after a fall.,POSTOPERATIVE DIAGNOSIS: "
                + "Left tibial shaft fracture after a fall.,TITLE OF OPERATION: Intramedullary nailing of the left "
                + "tibial shaft fracture.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("S82.2")), r.suggestions() + " "
                + r.mentions());
    }

    @Test
    void eachInjuryOfTheOperativeAccountIsComparedWithTheWholeStatement() {
        // the statement's words are read once a note and serve every finding of the account, the second as the first
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Left tibial shaft fracture after a fall.,POSTOPERATIVE "
                + "DIAGNOSIS: Left tibial shaft fracture after a fall. Right radial shaft fracture after a fall.,TITLE OF "
                + "OPERATION: Intramedullary nailing of the left tibial shaft fracture. Plating of the right radial "
                + "shaft fracture.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("S82.2")), r.suggestions() + " "
                + r.mentions());
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("S52.3")), r.suggestions() + " "
                + r.mentions());
    }

    @Test
    void deviceTheOperationPlacesIsNotAStatusOfThePatient() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Chronic serous otitis media of both ears.,POSTOPERATIVE DIAGNOSIS: "
                + "Same.,PROCEDURE PERFORMED: Bilateral myringotomy and tympanostomy tube placement.,DESCRIPTION OF "
                + "PROCEDURE: A tympanostomy tube was placed in each ear.");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("Z96")), r.suggestions().toString());
        assertTrue(r.mentions().stream().anyMatch(m -> "procedure_only".equals(m.reason())), r.mentions().toString());
    }

    @Test
    void pastOperationToldInTheProcedureAccountStaysAStatus() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Adhesions of the peritoneum.,POSTOPERATIVE "
                + "DIAGNOSIS: Same.,"
                + "DESCRIPTION OF PROCEDURE: Entry was difficult because she had a previous hysterectomy.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("Z90.71")), r.suggestions().toString());
    }

    @Test
    void procedureAccountOfAReportWithoutADiagnosticStatementIsCoded() {
        NoteAssert.assertSuggested(outpatientChecked("PROCEDURE: Repair of a laceration of the right forearm."),
                "S51.811A", 5);
    }

    @Test
    void findingAlsoDocumentedInTheHistoryIsCodedWithMergedEvidence() {
        String note = "HISTORY OF PRESENT ILLNESS: Cough for two weeks.,REVIEW OF SYSTEMS: Positive for cough.";
        CodingResult r = outpatientChecked(note);
        NoteAssert.assertSuggested(r, "R05.9", 5);
        var cough = r.suggestions().stream().filter(s -> s.code().equals("R05.9")).findFirst().orElseThrow();
        assertEquals(List.of("history_present_illness", "review_of_systems"),
                cough.evidence().stream().map(e -> e.section()).toList());
        assertTrue(r.mentions().stream().filter(m -> m.text().equalsIgnoreCase("cough")).allMatch(MentionOutcome::coded));
    }

    @Test
    void relativesConditionInAnInlineFamilyHistoryIsAFamilyHistoryCode() {
        CodingResult r = outpatientChecked("Here for a checkup.,FAMILY HISTORY: Mother had lung cancer.,ASSESSMENT: "
                + "Well visit.");
        NoteAssert.assertSuggested(r, "Z80.1", 10);
        NoteAssert.assertNotSuggested(r, "C34.90");
        MentionOutcome lung = outcome(r, "lung cancer");
        assertEquals("family", lung.experiencer());
        assertEquals("family_history", lung.reason());
        assertEquals(List.of("Z80.1"), lung.codes());
    }

    @Test
    void personalHistoryPhraseSaidOfARelativeIsFamilyHistory() {
        CodingResult r = outpatientChecked("Mother h/o breast cancer. Father h/o TIA.");
        NoteAssert.assertSuggested(r, "Z80.3", 5);
        NoteAssert.assertSuggested(r, "Z82.3", 5);
        NoteAssert.assertNotSuggested(r, "Z85.3");
        NoteAssert.assertNotSuggested(r, "Z86.73");
    }

    @Test
    void patientsOwnHistoryPhraseStaysAPersonalHistoryCode() {
        CodingResult r = outpatientChecked("Patient with h/o TIA.");
        NoteAssert.assertSuggested(r, "Z86.73", 5);
        MentionOutcome tia = outcome(r, "h/o TIA");
        assertEquals("historical", tia.assertion());
        assertEquals("personal_history", tia.reason());
        assertEquals(List.of("Z86.73"), tia.codes());
    }

    @Test
    void reactionListedUnderAllergiesIsNotACurrentCondition() {
        CodingResult r = outpatientChecked("ALLERGIES: Penicillin causes hives.,ASSESSMENT: Acute bronchitis.");
        NoteAssert.assertNotSuggested(r, "L50.9");
        assertEquals("allergy_reaction", outcome(r, "hives").reason());
    }

    @Test
    void negatedMentionIsListedWithItsReason() {
        CodingResult r = outpatientChecked("Essential hypertension. Denies chest pain.");
        MentionOutcome pain = outcome(r, "chest pain");
        assertFalse(pain.coded());
        assertEquals("negated", pain.reason());
        assertEquals("negated", pain.assertion());
        assertTrue(outcome(r, "Essential hypertension").coded());
    }

    @Test
    void everyMentionHasExactlyOneOutcome() {
        String note = "CC: Fever.,HPI: Fever and cough.,ROS: No rash.,ASSESSMENT: Pneumonia.";
        Document doc = TestModels.pipeline().run(new Note(note, CareSetting.INPATIENT));
        assertEquals(doc.mentions().size(), doc.outcomes().size());
    }

    @Test
    void sentencesAreCutAtInlineHeaders() {
        String note = "She is well.,FAMILY HISTORY: Father had gout.,SOCIAL HISTORY: No tobacco.";
        Document doc = TestModels.pipeline().run(new Note(note, CareSetting.OUTPATIENT));
        assertEquals(3, doc.sections().size());
        for (Sentence s : doc.sentences()) {
            Section section = doc.sectionOf(s);
            assertTrue(section.span().start() <= s.span().start() && s.span().end() <= section.span().end(),
                    "sentence inside its section");
            String covered = s.span().coveredText(note);
            assertFalse(covered.contains("gout") && covered.contains("tobacco"), "one sentence across a header: " + covered);
            assertFalse(covered.contains("well") && covered.contains("Father"), "one sentence across a header: " + covered);
        }
    }
}
