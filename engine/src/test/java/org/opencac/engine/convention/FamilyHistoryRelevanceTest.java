package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.cand;
import static org.opencac.engine.testing.CandidateDocs.codes;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.CandidateDocs;
import org.opencac.engine.testing.NoteAssert;

/** Family history codes only where the family history bears on this encounter (Guidelines I.C.21.c.4). */
class FamilyHistoryRelevanceTest {

    private static MentionOutcome outcome(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + r.mentions()));
    }

    @Test
    void aRelativesConditionInAnotherOrganSystemIsReadButNotCoded() {
        CodingResult r = outpatientChecked("REASON FOR VISIT: Itchy rash on both forearms.,FAMILY HISTORY: His uncle "
                + "has "
                + "diabetes.,ASSESSMENT: Contact dermatitis of both forearms.");
        NoteAssert.assertNotSuggested(r, "Z83.3");
        MentionOutcome diabetes = outcome(r, "diabetes");
        assertEquals("family", diabetes.experiencer());
        assertEquals("family_unrelated", diabetes.reason());
    }

    @Test
    void aRelativesConditionOfTheSameOrganSystemAsTheDiagnosisIsCoded() {
        CodingResult r = outpatientChecked("FAMILY HISTORY: Her sister had a heart attack at 50.,ASSESSMENT: Essential "
                + "hypertension, poorly controlled.");
        NoteAssert.assertSuggested(r, "I10", 3);
        NoteAssert.assertSuggested(r, "Z82.49", 5);
    }

    @Test
    void aRelativesConditionBearingOnlyOnASecondaryConditionIsNotCoded() {
        CodingResult r = outpatientChecked("CHIEF COMPLAINT: Itchy rash on both forearms.,FAMILY HISTORY: His father "
                + "had a heart"
                + " attack.,ASSESSMENT: 1. Contact dermatitis of both forearms. 2. Essential hypertension, on lisinopril.");
        NoteAssert.assertSuggested(r, "I10", 5);
        NoteAssert.assertNotSuggested(r, "Z82.49");
        assertEquals("family_unrelated", outcome(r, "heart attack").reason());
    }

    @Test
    void aRelativesConditionBearingOnTheChiefComplaintIsCoded() {
        CodingResult r = outpatientChecked("CHIEF COMPLAINT: Chest pain.,FAMILY HISTORY: His father had a heart attack "
                + "at 52.,"
                + "ASSESSMENT: 1. Gastroesophageal reflux disease. 2. Chest pain.");
        NoteAssert.assertSuggested(r, "Z82.49", 6);
    }

    @Test
    void aScreeningEncounterKeepsTheFamilyHistoryThatRaisesTheRisk() {
        CodingResult r = outpatientChecked("INDICATION: Screening colonoscopy.,FAMILY HISTORY: Brother with colon "
                + "cancer at 47.,"
                + "FINDINGS: Normal colon to the cecum.");
        NoteAssert.assertSuggested(r, "Z12.11", 3);
        NoteAssert.assertSuggested(r, "Z80.0", 5);
    }

    @Test
    void familyHistoryAloneIsKeptWhenNothingElseIsCoded() {
        CodingResult r = outpatientChecked("Her grandmother and aunt both had breast cancer.");
        NoteAssert.assertSuggested(r, "Z80.3", 3);
    }

    @Test
    void aFamilyHistoryCodeIsKeptOnlyBesideARelatedCodeAndWhenNoRuleNamesIt() {
        FamilyHistoryRelevanceCheck check = new FamilyHistoryRelevanceCheck(FamilyHistoryRelevanceCheck.read(
                "r1\tZ83.3\tE11,R73\tdiabetes with diabetes\n".getBytes(StandardCharsets.UTF_8), "test.tsv"));
        Document unrelated = check.process(doc(cand("J20.9", 0), cand("Z83.3", 1), cand("Z82.49", 2)));
        // Z83.3 bears on nothing coded; no rule names Z82.49, so it stays
        assertEquals(List.of("J20.9", "Z82.49"), codes(unrelated));
        assertEquals(NotCodedReason.FAMILY_UNRELATED, unrelated.decisions().get(0).reason());
        assertEquals(1, unrelated.decisions().get(0).mentionIndex());
        Document related = check.process(doc(cand("R73.03", 0), cand("Z83.3", 1)));
        assertEquals(List.of("R73.03", "Z83.3"), codes(related));
        assertTrue(related.candidates().get(1).rationale().stream().anyMatch(l -> l.contains("R73.03")));
    }

    @Test
    void aHeartAttackInTheFamilyDoesNotBearOnBronchitis() {
        CodingResult r = outpatientChecked("FAMILY HISTORY: Her sister had a heart attack.,ASSESSMENT: Acute "
                + "bronchitis.");
        NoteAssert.assertSuggested(r, "J20.9", 3);
        NoteAssert.assertNotSuggested(r, "Z82.49");
    }

    private static Document doc(CodeCandidate... c) {
        return CandidateDocs.doc(CareSetting.OUTPATIENT, c);
    }

    @Test
    void aBadRuleRowNamesTheFileAndTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FamilyHistoryRelevanceCheck
                .read("r1\tZ83.3\tnot-a-code\twhat\n".getBytes(StandardCharsets.UTF_8), "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv") && e.getMessage().contains("r1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FamilyHistoryRelevanceCheck
                .read("r1\tZ83.3\tE11\n".getBytes(StandardCharsets.UTF_8), "test.tsv"));
    }

    @Test
    void theBundledRulesLoad() {
        assertTrue(FamilyHistoryRelevanceCheck.read(RuleFiles.bundled(FamilyHistoryRelevanceCheck.FILE),
                FamilyHistoryRelevanceCheck.FILE).size() > 20);
    }
}
