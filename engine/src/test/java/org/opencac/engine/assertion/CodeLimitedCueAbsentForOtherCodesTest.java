package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * A cue limited to some codes is not there for a mention outside them: it neither asserts for it nor hides the
 * shorter cues in its words nor ends their scopes. A rule that says so ({@code hides_elsewhere}) reads as a PSEUDO
 * cue for such a mention instead.
 */
class CodeLimitedCueAbsentForOtherCodesTest {

    @Test
    void aCueKeptToNeoplasmsLeavesTheDateOfAnotherEpisodeStanding() {
        // "years ago for" is a neoplasm-only cue; "years ago" inside it still dates the pneumonia
        String s = "She had pneumonia two years ago for which she was admitted.";
        assertTrue(assessCoded(s, "pneumonia", "J18.9").historical());
        assertTrue(assessCoded("He had a colectomy two years ago for colon cancer.", "colon cancer", "C18.9")
                .historical());
    }

    @Test
    void aDatedSurgeryCueKeptToCataractsDoesNotHideTheYearOfAnotherOperation() {
        ContextRule lensOnly = new ContextRule("test_lens_surgery_in_year", ContextCategory.HISTORICAL,
                "(cataract) surgery in 2005", List.of("surgery", "in", "(19|20)\\d\\d"), CueDirection.BACKWARD,
                OptionalInt.empty(), List.of("H25", "H26"), List.of(), Set.of(), Set.of());
        AssertionDetector detector = withRule(lensOnly);
        String s = "He had carpal tunnel surgery in 2005 and cataract surgery in 2011.";
        assertTrue(assessWith(detector, s, "carpal tunnel", "G56.00").historical());
        assertTrue(assessWith(detector, s, "cataract", "H25.9").historical());
        assertTrue(assessWith(detector, s, "cataract", "H25.9").cues().contains("test_lens_surgery_in_year"));
    }

    @Test
    void aCueThatHidesElsewhereStillReadsAsAPseudoCue() {
        // the verb of presentation makes the history the complaint for a condition outside the rule's codes
        String s = "She presents with a history of neck pain.";
        assertFalse(assessCoded(s, "neck pain", "M54.2").historical());
        assertTrue(assessCoded("She presents with a history of breast cancer.", "breast cancer", "C50.919")
                .historical());
    }

    @Test
    void aFindingWithNoCodeIsOutsideACueThatHidesElsewhere() {
        assertFalse(assess("The infant came in tonight with a history of gagging.", "gagging").historical());
        assertTrue(assessCoded("The woman came in today with a history of breast cancer.", "breast cancer", "C50.919")
                .historical());
    }

    @Test
    void aCueKeptToAHabitCodeDoesNotReachAFindingWithNoCode() {
        // "told to ... quit" is kept to the former-smoker code: a finding the patient was told of is not a plan
        assertFalse(assess("On her last visit she was told to have a small lump near the nipple.", "lump")
                .hypothetical());
        assertTrue(assessCoded("He was told to quit smoking.", "smoking", "Z87.891").hypothetical());
    }

    @Test
    void onlyHabitStatusAndDrugCodesAreReadFromTheMentionsOwnWords() {
        ContextRule habit = new ContextRule("test_habit", ContextCategory.HYPOTHETICAL, "to", List.of(),
                CueDirection.FORWARD, OptionalInt.empty(), List.of("Z87.891", "F17"), List.of(), Set.of(), Set.of());
        ContextRule infarct = new ContextRule("test_infarct", ContextCategory.HISTORICAL, "old", List.of(),
                CueDirection.FORWARD, OptionalInt.empty(), List.of("I63", "Z86.73"), List.of(), Set.of(), Set.of());
        assertTrue(habit.keptToWordCodes());
        assertFalse(habit.appliesTo(List.of()));
        assertFalse(infarct.keptToWordCodes());
        assertTrue(infarct.appliesTo(List.of()));   // an infarct's code may come from the Index after
    }

    private static AssertionDetector withRule(ContextRule extra) {
        ContextRules std = ContextRules.standard();
        List<ContextRule> rules = new ArrayList<>(std.rules());
        rules.add(extra);
        return new AssertionDetector(new ContextRules(rules, std.defaultMaxScope(), std.listItemWords(),
                std.terminatedBy(), std.sectionCategories(), std.aside()));
    }

    private static Assertion assessWith(AssertionDetector detector, String text, String phrase, String code) {
        Document doc = MentionFixture.withMentions(text, phrase);
        Mention m = doc.mentions().get(0);
        Mention coded = new Mention(m.span(), m.text(), List.of(new Term(phrase, code, TermSource.TITLE)),
                m.sentenceIndex(), m.firstToken(), m.endToken());
        return detector.process(doc.withMentions(List.of(coded))).assertions().get(0);
    }
}
