package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.NoteAssert;

/**
 * A drug only planned or discussed is not yet long-term use; a cue limited to such codes leaves other
 * scopes alone; a term that names a past condition reports it as past, also when it is a relative's; a term
 * that names a screening reports its condition as only looked for.
 */
class DrugStartAndHistoryTermAssertionTest {

    private static MentionOutcome mention(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
    }

    @Test
    void aDrugWeWillStartIsHypotheticalAndNotLongTermUse() {
        CodingResult r = outpatient("New atrial fibrillation. We plan to begin warfarin next week.");
        assertEquals("hypothetical", mention(r, "warfarin").assertion());
        NoteAssert.assertNotSuggested(r, "Z79.01");
    }

    @Test
    void aDrugDiscussedButNotStartedIsHypothetical() {
        CodingResult r = outpatient("Discussed starting insulin at the next visit.");
        assertEquals("hypothetical", mention(r, "insulin").assertion());
    }

    @Test
    void theConditionTheDrugIsStartedForIsStillCoded() {
        CodingResult r = outpatient("Atrial fibrillation: will start warfarin today.");
        NoteAssert.assertSuggested(r, "I48.91", 5);
    }

    @Test
    void aDrugStartCueDoesNotEndTheNegationOfAScreening() {
        CodingResult r = outpatient("She is not yet at the age to start screening mammography.");
        NoteAssert.assertNotSuggested(r, "Z12.31");
    }

    @Test
    void aRelativesHistoryTermIsHistoricalAndTheRelatives() {
        CodingResult r = outpatient("Her brother with a history of colon cancer.");
        MentionOutcome m = r.mentions().stream().filter(o -> o.text().toLowerCase().contains("colon cancer")).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("family", m.experiencer());
        assertEquals("historical", m.assertion());
    }

    @Test
    void aScreeningTermIsCodedAndReportsItsConditionAsOnlyLookedFor() {
        CodingResult r = outpatient("Annual visit. Screening for colon cancer today.");
        MentionOutcome m = r.mentions().stream().filter(o -> o.candidateCodes().stream().anyMatch(c -> c.startsWith("Z12")))
                .findFirst().orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("hypothetical", m.assertion());
        assertEquals(true, m.coded());
    }

    @Test
    void theHistoryAFamilyHistoryCueNamesIsTheRelativesOnly() {
        CodingResult r = outpatient("She reports a family history of gout in her father.");
        MentionOutcome m = r.mentions().stream().filter(o -> o.text().toLowerCase().contains("gout")).findFirst()
                .orElseThrow(() -> new AssertionError(r.mentions().toString()));
        assertEquals("family", m.experiencer());
        assertEquals("present", m.assertion());
    }

    @Test
    void anAdjectiveContinuingDoesNotEndAConditional() {
        CodingResult r = outpatient("Call us if he has fever, continuing diarrhea, or bleeding.");
        assertEquals("hypothetical", mention(r, "diarrhea").assertion());
    }

    @Test
    void anImmunosuppressantListedByItsBrandIsLongTermUse() {
        CodingResult r = outpatient("MEDICATIONS:\nCellCept 500 mg twice daily, Prograf 1 mg twice daily, Imuran 50 mg daily.\n");
        NoteAssert.assertSuggested(r, "Z79.624", 5);
        NoteAssert.assertSuggested(r, "Z79.621", 5);
    }

    @Test
    void anOpioidIsLongTermUseOnlyWhereItsSentenceSaysTheUseGoesOn() {
        NoteAssert.assertSuggested(outpatient("HISTORY:\nHe is still on morphine for the pain of his old fracture.\n"), "Z79.891", 5);
        NoteAssert.assertNotSuggested(outpatient("MEDICATIONS:\nHydrocodone 5 mg every six hours as needed for pain.\n"), "Z79.891");
    }

    @Test
    void aDrugThePatientCameOffIsNoLongTermUseAndOffAndOnNegatesNoSymptom() {
        CodingResult r = outpatient("He came off his insulin last spring. He has been off and on nauseated since.");
        assertEquals("negated", mention(r, "insulin").assertion());
        NoteAssert.assertNotSuggested(r, "Z79.4");
        assertEquals("present", mention(r, "nauseated").assertion());
    }
}
