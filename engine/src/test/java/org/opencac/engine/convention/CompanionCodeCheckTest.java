package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.outcome.NotCodedReason;

/** Codes that qualify another code only beside it: external causes (Guidelines I.C.20), BMI (I.B.14). */
class CompanionCodeCheckTest {
    private static final CompanionCodeCheck CHECK = CompanionCodeCheck.standard();

    @Test
    void anExternalCauseWithoutAnInjuryIsDroppedAndItsMentionSaysWhy() {
        Document d = CHECK.process(doc(cand("M54.50", 0), cand("V89.2XXA", 1)));
        assertEquals(List.of("M54.50"), codes(d));
        assertEquals(NotCodedReason.DROPPED_BY_CONVENTION, d.decisions().get(0).reason());
        assertEquals(1, d.decisions().get(0).mentionIndex());
        assertTrue(d.decisions().get(0).detail().contains("I.C.20"), d.decisions().toString());
    }

    @Test
    void aBodyMassIndexIsReportedOnlyWithAWeightDiagnosis() {
        assertEquals(List.of("J02.9"), codes(CHECK.process(doc(cand("J02.9", 0), cand("Z68.27", 1)))));
        assertEquals(List.of("E66.01", "Z68.41"), codes(CHECK.process(doc(cand("E66.01", 0), cand("Z68.41", 1)))));
    }

    @Test
    void anExternalCauseBesideAnInjuryStays() {
        Document d = CHECK.process(doc(cand("S52.501A", 0), cand("W01.0XXA", 1)));
        assertEquals(List.of("S52.501A", "W01.0XXA"), codes(d));
        assertTrue(d.decisions().isEmpty());
    }

    @Test
    void aNoteWithoutExternalCausesIsLeftAsItIs() {
        Document in = doc(cand("J02.9", 0));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void aRuleRowWithoutConsequencesFailsNamingTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairedCodeRule.read(
                "r1\tV00-Y99\t\tI.C.20\tinjury\n".getBytes(StandardCharsets.UTF_8), "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv"), e.getMessage());
    }

    private static Document doc(CodeCandidate... c) {
        return Document.of(new Note("x", CareSetting.OUTPATIENT)).withCandidates(List.of(c));
    }

    private static CodeCandidate cand(String code, int mention) {
        return new CodeCandidate(code, code, 0.8, List.of(mention), List.of("Index: test"));
    }

    private static List<String> codes(Document d) {
        return d.candidates().stream().map(CodeCandidate::code).toList();
    }
}
