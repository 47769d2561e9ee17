package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.Coded.outpatientCodes;
import static org.opencac.engine.testing.NoteAssert.mention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.MentionOutcome;

/**
 * A follow-up examination after completed treatment of a cancer (Guidelines I.C.2.d, I.C.21.c.8): Z08 first and
 * the cancer as personal history, only when the note finds no recurrence (team-written notes).
 */
class PastConditionCheckTest {

    private static final String HISTORY = "HISTORY OF PRESENT ILLNESS: This 58-year-old woman with adenocarcinoma"
            + " of the sigmoid colon, stage II, was treated by sigmoid colectomy. She returns for a routine"
            + " surveillance visit. She feels well.\n";

    @Test
    void surveillanceVisitWithoutRecurrenceListsTheFollowUpExaminationFirstAndTheCancerAsHistory() {
        List<String> codes = outpatientCodes(HISTORY
                + "ASSESSMENT: Adenocarcinoma of the sigmoid colon, no evidence of disease. Gastroesophageal reflux"
                + " disease.\n"
                + "PLAN: Colonoscopy next year. Omeprazole daily.\n");
        assertEquals("Z08", codes.get(0), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("Z85.03")), codes.toString());
        assertTrue(codes.contains("K21.9"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("C18")), codes.toString());
    }

    @Test
    void surveillanceVisitThatFindsARecurrenceCodesTheCancer() {
        List<String> codes = outpatientCodes(HISTORY
                + "ASSESSMENT: Recurrent colon cancer with new liver metastases.\n"
                + "PLAN: Biopsy of a liver lesion.\n");
        assertFalse(codes.contains("Z08"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("C18")), codes.toString());
    }

    @Test
    void noEvidenceOfDiseaseWithoutAFollowUpVisitLeadIsNotAnEncounterForFollowUp() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: She has adenocarcinoma of the colon and"
                + " comes in with abdominal pain.\n"
                + "ASSESSMENT: Colon cancer. CT shows no evidence of metastatic disease.\n");
        assertFalse(codes.contains("Z08"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("C18")), codes.toString());
    }

    @Test
    void surveillanceVisitDuringChemotherapyKeepsTheCancer() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Surveillance visit after resection of colon cancer;"
                + " here for cycle 3 of FOLFOX chemotherapy.\n"
                + "ASSESSMENT: Adenocarcinoma of the colon, no evidence of recurrence on imaging.\n"
                + "PLAN: Proceed with chemotherapy today.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("C18")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z85.03")), codes.toString());
    }

    @Test
    void aReasonStatedAfterACommaAndAVisitVerbIsNotReadAsPartOfThePastTreatment() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: This man had a carcinoma of the rectum"
                + " removed by resection last year, returns for a surveillance visit. He has no complaints.\n"
                + "ASSESSMENT: No evidence of recurrence.\n");
        assertEquals("Z08", codes.get(0), codes.toString());
    }

    @Test
    void aHerniaRepairedBeforeAnAftercareVisitIsNoLongerCodedAsCurrent() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Dressing change after an open umbilical hernia repair.\n"
                + "HISTORY OF PRESENT ILLNESS: His umbilical hernia was repaired five days ago. Mild soreness.\n"
                + "ASSESSMENT: Wound healing well. Essential hypertension.\n");
        assertTrue(codes.contains("Z48.01"), codes.toString());
        assertFalse(codes.contains("Z48.00"), codes.toString());   // a surgical wound's dressing, not a nonsurgical one
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("K42")), codes.toString());
        assertTrue(codes.contains("I10"), codes.toString());
    }

    @Test
    void aHerniaStillPresentAtTheAftercareVisitStaysCoded() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Dressing change after an open umbilical hernia repair.\n"
                + "ASSESSMENT: Wound healing well. A small left inguinal hernia is also found, to be watched.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("K40")), codes.toString());
    }

    @Test
    void aRepairedHerniaWithoutAHistoryCodeNamesTheCodeItWouldHaveTaken() {
        MentionOutcome hernia = mention(outpatient("CHIEF COMPLAINT: Dressing change after an open umbilical hernia"
                + " repair.\nASSESSMENT: Wound healing well.\n"), "umbilical hernia");
        assertEquals("history_no_code", hernia.reason(), hernia.toString());
        assertTrue(hernia.relatedCode() != null && hernia.relatedCode().startsWith("K42"), hernia.toString());
    }
}
