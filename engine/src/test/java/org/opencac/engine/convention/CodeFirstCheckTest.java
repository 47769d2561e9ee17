package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.Span;
import org.opencac.engine.testing.TestModels;

class CodeFirstCheckTest {

    private static List<CodeCandidate> ordered(CodeCandidate... c) {
        Document d = Document.of(new Note("x", CareSetting.OUTPATIENT)).withCandidates(List.of(c));
        return new CodeFirstCheck(TestModels.models().codeSet()).process(d).candidates();
    }

    private static CodeCandidate cand(String code, String title, int mention) {
        return new CodeCandidate(code, title, 0.8, List.of(mention), List.of("Index: test"));
    }

    @Test
    void lowVisionComesAfterTheEyeDiseaseThatCausesIt() {
        List<CodeCandidate> out = ordered(cand("H54.7", "Unspecified visual loss", 0),
                cand("H35.30", "Unspecified macular degeneration", 1));
        assertEquals(List.of("H35.30", "H54.7"), out.stream().map(CodeCandidate::code).toList());
        assertTrue(out.get(1).rationale().stream().anyMatch(r -> r.startsWith("Code first: sequenced after H35.30")),
                out.get(1).rationale().toString());
    }

    @Test
    void lowVisionStaysFirstBesideAConditionThatIsNoCauseOfIt() {
        List<CodeCandidate> out = ordered(cand("H54.7", "Unspecified visual loss", 0),
                cand("I10", "Essential (primary) hypertension", 1),
                cand("H52.4", "Presbyopia", 2));
        assertEquals(List.of("H54.7", "I10", "H52.4"), out.stream().map(CodeCandidate::code).toList());
    }

    @Test
    void aMoodDisorderDueToAPhysiologicalConditionComesAfterTheConditionToldInItsSentence() {
        // mention 0 and 2 in sentence 5 (the diagnosis line), mention 1 in sentence 0 (the history)
        List<Mention> mentions = List.of(mention(100, 5), mention(0, 0), mention(140, 5));
        Document d = Document.of(new Note("x", CareSetting.OUTPATIENT)).withMentions(mentions).withCandidates(List.of(
                cand("F06.31", "Mood disorder due to known physiological condition with depressive features", 0),
                cand("D61.9", "Aplastic anemia, unspecified", 1),
                cand("D89.813", "Graft-versus-host disease, unspecified", 2)));
        List<String> out = new CodeFirstCheck(TestModels.models().codeSet()).process(d).candidates().stream()
                .map(CodeCandidate::code).toList();
        assertEquals(List.of("D89.813", "F06.31", "D61.9"), out);
    }

    @Test
    void aMoodDisorderDueToAPhysiologicalConditionIsNotFirstListedBeforeAnyPhysiologicalCondition() {
        List<CodeCandidate> out = ordered(cand("F06.31", "Mood disorder due to known physiological condition", 0),
                cand("F41.9", "Anxiety disorder, unspecified", 1),
                cand("R53.83", "Other fatigue", 2),
                cand("G35", "Multiple sclerosis", 3));
        assertEquals(List.of("G35", "F06.31", "F41.9", "R53.83"), out.stream().map(CodeCandidate::code).toList());
    }

    @Test
    void aMoodDisorderListedAfterOtherCodesKeepsItsPlaceBesideAConditionNotToldInItsSentence() {
        List<CodeCandidate> out = ordered(cand("I31.39", "Other pericardial effusion (noninflammatory)", 0),
                cand("R50.9", "Fever, unspecified", 1),
                cand("F06.31", "Mood disorder due to known physiological condition", 2));
        assertEquals(List.of("I31.39", "R50.9", "F06.31"), out.stream().map(CodeCandidate::code).toList());
    }

    private static Mention mention(int start, int sentence) {
        return new Mention(new Span(start, start + 10), "words", List.of(), sentence, 0, 1);
    }
}
