package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/**
 * A word-sense rule rejects a reading, not the mention: the mention stays with its assertion, codes
 * nothing, and its outcome gives the rule's kind and meaning; an unstated site whose site is named is
 * coded at the site or asked about.
 */
class WordSenseOutcomeTest {

    private static boolean anyCodeStarting(CodingResult r, String prefix) {
        return NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith(prefix));
    }

    @Test
    void aConditionListedAmongTheRisksStaysAsAHypotheticalMention() {
        CodingResult r = inpatientChecked("Risks include bleeding, infection, deep vein thrombosis and death.");
        assertFalse(anyCodeStarting(r, "I82"), NoteAssert.codes(r).toString());
        MentionOutcome dvt = mention(r, "deep vein thrombosis");
        assertFalse(dvt.coded());
        assertEquals("hypothetical", dvt.reason());
        assertEquals("hypothetical", dvt.assertion(), "the assertion stage still reads the kept mention");
        assertTrue(dvt.explanation().contains("risks of an operation"), "the rule's meaning: " + dvt.explanation());
        assertTrue(dvt.candidateCodes().stream().anyMatch(c -> c.startsWith("I82")), "the rejected reading is shown");
        assertTrue(dvt.codes().isEmpty());
    }

    @Test
    void aWordReadInAnotherSenseIsKeptAsNotACondition() {
        CodingResult r = inpatientChecked("Hemostasis was obtained with bipolar cautery.");
        assertFalse(anyCodeStarting(r, "F31"));
        MentionOutcome bipolar = mention(r, "bipolar");
        assertEquals("other_sense", bipolar.reason());
        assertTrue(bipolar.explanation().contains("cautery"), "the deciding word is named: " + bipolar.explanation());
    }

    @Test
    void aTestNameCodesNothingAndKeepsItsAssertion() {
        CodingResult r = inpatientChecked("HIV test was negative.");
        assertNotSuggested(r, "B20");
        assertNotSuggested(r, "Z21");
        MentionOutcome hiv = mention(r, "HIV");
        assertEquals("other_sense", hiv.reason());
        assertEquals("negated", hiv.assertion());
    }

    @Test
    void theSameWordInItsCodedSenseIsStillCoded() {
        CodingResult r = inpatientChecked("Assessment: bipolar disorder, currently stable on lithium.");
        assertTrue(anyCodeStarting(r, "F31"), NoteAssert.codes(r).toString());
    }

    @Test
    void aTendinitisOfANamedTendonIsNotTheEnthesopathyOfNoSite() {
        CodingResult r = inpatientChecked("Impression: mild tendinitis of the supraspinatus tendon of the right "
                + "shoulder.");
        assertFalse(NoteAssert.codes(r).contains("M77.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void aNamedSiteLeadsToTheSiteCodeNotToNothing() {
        CodingResult r = inpatientChecked("Assessment: neoplasm of the left breast.");
        assertNotSuggested(r, "D49.9");
        assertTrue(anyCodeStarting(r, "D49.3") || anyCodeStarting(r, "D48.6"),
                "the breast site of the Neoplasm table: " + NoteAssert.codes(r));
    }

    @Test
    void aNamedSiteWithoutASingleCodeIsCodedOrAskedNeverLeftUnspecified() {
        CodingResult r = inpatientChecked("Assessment: arthritis of the left wrist.");
        assertNotSuggested(r, "M19.90");
        boolean wristCode = NoteAssert.codes(r).stream().anyMatch(c -> c.matches("M(19\\.[0-2]3|13\\.83|06\\.83|12\\.83).*"));
        boolean asked = r.queries().stream().anyMatch(q -> q.missing().equals("site"));
        assertTrue(wristCode || asked, "a wrist code or a site query: " + NoteAssert.codes(r) + " " + r.queries());
    }

    @Test
    void theHeaderOfAnUnstatedSiteCodeTakesTheSiteOfItsClause() {
        // "edema" reads both as R60.9 and as its header R60; with the site in its clause neither is coded
        CodingResult r = inpatientChecked("Findings: there is edema of the uvula and soft palate.");
        assertNotSuggested(r, "R60.9");
        // the header is not taken over by a body part of another clause of a run-on list
        CodingResult list = inpatientChecked("Past history: diabetes, osteoarthritis, partial gastric resection in "
                + "2001.");
        assertTrue(NoteAssert.codes(list).contains("M19.90"), NoteAssert.codes(list).toString());
    }

    @Test
    void aGanglionCystIsACondition() {
        assertTrue(anyCodeStarting(inpatientChecked("Preoperative diagnosis: ganglion of the left wrist."), "M67.43"));
        // a nerve ganglion is anatomy
        assertFalse(anyCodeStarting(inpatientChecked("Findings: a small infarct in the right basal ganglia."),
                "M67.4"));
        assertFalse(anyCodeStarting(inpatientChecked("A stellate ganglion block was performed."), "M67.4"));
    }

    @Test
    void aCleftPalateWithACleftLipIsOneCode() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: bilateral cleft lip and bilateral cleft of the "
                + "palate.");
        assertTrue(NoteAssert.codes(r).contains("Q37.8"), NoteAssert.codes(r).toString());
        assertFalse(anyCodeStarting(r, "Q35"), NoteAssert.codes(r).toString());
    }

    @Test
    void aRecurrentDislocationIsNotACurrentInjury() {
        CodingResult r = inpatientChecked("Preoperative diagnosis: recurrent dislocation of the left shoulder.");
        assertTrue(NoteAssert.codes(r).contains("M24.412"), NoteAssert.codes(r).toString());
        assertFalse(anyCodeStarting(r, "S43"), NoteAssert.codes(r).toString());
    }

    @Test
    void aNegatedSenseIsANegatedOutcome() {
        CodingResult r = inpatientChecked("Review of systems: no change in bowel habits.");
        assertNotSuggested(r, "R19.4");
        assertTrue(r.mentions().stream().filter(m -> m.candidateCodes().contains("R19.4"))
                .allMatch(m -> !m.coded() && m.reason() != null), r.mentions().toString());
    }

    @Test
    void theDecisionsOfTheTriggerCheckIndexTheFinalMentions() {
        Document doc = TestModels.pipeline().run(new Note(
                "Risks of bleeding, infection and deep vein thrombosis were discussed. Bipolar cautery was used."
                        + " HIV test negative. Carcinoma of the sigmoid colon.", CareSetting.INPATIENT));
        List<MentionDecision> sense = doc.decisions().stream().filter(d -> d.reason() == NotCodedReason.OTHER_SENSE).toList();
        assertFalse(sense.isEmpty(), "bipolar cautery and the HIV test: " + doc.decisions());
        for (MentionDecision d : doc.decisions()) {
            assertTrue(d.mentionIndex() < doc.mentions().size());
        }
        for (int i = 0; i < doc.mentions().size(); i++) {
            Mention m = doc.mentions().get(i);
            if (m.allReadingsRejected()) {
                int index = i;
                assertTrue(doc.decisions().stream().anyMatch(d -> d.mentionIndex() == index),
                        "a kept mention has its decision: " + m.text());
                assertTrue(doc.candidates().stream().noneMatch(c -> c.mentions().contains(index)),
                        "a kept mention codes nothing: " + m.text());
            }
        }
    }

    @Test
    void everyWordSenseRuleHasAKind() {
        for (TriggerVocabulary.WordSense s : TriggerVocabulary.readWordSenses()) {
            assertTrue(s.kind() != null && !s.meaning().isBlank(), s.trigger());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SenseKind.parse("maybe"));
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("other-sense"), e.getMessage());
        assertEquals(SenseKind.OTHER_CODE, SenseKind.parse("other-code"));
    }
}
