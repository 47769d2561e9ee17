package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.code;
import static org.opencac.engine.testing.NoteAssert.assertEvidenceSlicesNote;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

class PipelineTest {

    @Test
    void codesHypertensionAndHyperlipidemiaButNotDeniedChestPain() {
        String note = "Patient with essential hypertension and hyperlipidemia. Denies chest pain.";
        CodingResult r = code(note, CareSetting.OUTPATIENT);
        assertSuggested(r, "I10", 3);
        assertSuggested(r, "E78.5", 3);
        assertNotSuggested(r, "R07.9");
        assertEvidenceSlicesNote(r, note);
        assertEquals("ICD-10-CM FY2026", r.codeSetVersion().label());
    }

    @Test
    void everySuggestionIsBillable() {
        String note = "Assessment: type 2 diabetes mellitus, heart failure and pneumonia.";
        CodingResult r = code(note, CareSetting.INPATIENT);
        assertTrue(r.suggestions().stream().allMatch(s -> TestModels.models().codeSet().get(s.code())
                .orElseThrow().billable()));
        assertEvidenceSlicesNote(r, note);
    }

    @Test
    void headerCodeResolvesToItsDefaultChild() {
        CodingResult r = code("Impression: Type 2 diabetes mellitus.", CareSetting.OUTPATIENT);
        assertSuggested(r, "E11.9", 1);
    }

    @Test
    void aHeaderSplitByRemissionResolvesToTheCodeNotHavingAchievedRemission() {
        // the Index leads "lymphoma of MALT type" to the header C88.4; a note silent on remission is coded to the
        // child the Tabular's inclusion terms make the disease NOS, not to the shorter-titled "in remission"
        CodingResult r = code("DIAGNOSIS: Newly diagnosed lymphoma of MALT type on gastric biopsy.", CareSetting.OUTPATIENT);
        assertSuggested(r, "C88.40", 1);
        assertNotSuggested(r, "C88.41");
    }

    @Test
    void familyHistorySectionDoesNotCodeTheRelativesCondition() {
        String note = "FAMILY HISTORY: Mother with breast cancer.\nASSESSMENT: Essential hypertension.";
        CodingResult r = code(note, CareSetting.OUTPATIENT);
        assertNotSuggested(r, "C50.919");
        assertSuggested(r, "I10", 3);
        assertEvidenceSlicesNote(r, note);
    }

    @Test
    void sameCodeFromSeveralMentionsIsOneSuggestionWithAllEvidence() {
        String note = "HPI: long-standing hypertension.\nASSESSMENT: Hypertension, well controlled.";
        CodingResult r = code(note, CareSetting.OUTPATIENT);
        assertEquals(2, assertSuggested(r, "I10", 1).evidence().size());
    }
}
