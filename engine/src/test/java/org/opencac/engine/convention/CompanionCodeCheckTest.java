package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.cand;
import static org.opencac.engine.testing.CandidateDocs.codes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.testing.CandidateDocs;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.NoteType;

/**
 * Codes that qualify another code only beside it: external causes (Guidelines I.C.20), BMI (I.B.14), the
 * infectious agent (I.C.1.b).
 */
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
    void weeksOfGestationAreReportedOnlyBesideAPregnancyCode() {
        assertEquals(List.of("R10.9"), codes(CHECK.process(doc(cand("R10.9", 0), cand("Z3A.37", 1)))));
        assertEquals(List.of("O41.03X0", "Z3A.37"),
                codes(CHECK.process(doc(cand("O41.03X0", 0), cand("Z3A.37", 1)))));
        assertEquals(List.of("Z34.83", "Z3A.32"), codes(CHECK.process(doc(cand("Z34.83", 0), cand("Z3A.32", 1)))));
    }

    @Test
    void anExternalCauseBesideAnInjuryStays() {
        Document d = CHECK.process(doc(cand("S52.501A", 0), cand("W01.0XXA", 1)));
        assertEquals(List.of("S52.501A", "W01.0XXA"), codes(d));
        assertTrue(d.decisions().isEmpty());
    }

    @Test
    void anOrganismWithNoInfectionCodedIsListedLastAskingForTheInfection() {
        Document d = CHECK.process(doc(cand("B96.81", 0), cand("R10.13", 1), cand("K59.00", 2)));
        assertEquals(List.of("R10.13", "K59.00", "B96.81"), codes(d));
        assertTrue(d.decisions().isEmpty(), d.decisions().toString());
        String why = d.candidates().get(2).rationale().get(d.candidates().get(2).rationale().size() - 1);
        assertTrue(why.contains("I.C.1.b") && why.contains("infection"), why);
    }

    @Test
    void aRuleActionIsDropUnlessItSaysDemote() {
        List<PairedCodeRule> rules = PairedCodeRule.read(bytes("r1\tZ68\tE66\tI.B.14\tobesity\n"
                + "r2\tB95\tN39.0\tI.C.1.b\tinfection\tdemote\n"), "t.tsv");
        assertFalse(rules.get(0).demote());
        assertTrue(rules.get(1).demote());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PairedCodeRule.read(
                bytes("r1\tZ68\tE66\tI.B.14\tobesity\tkeep\n"), "t.tsv"));
        assertTrue(e.getMessage().contains("t.tsv") && e.getMessage().contains("keep"), e.getMessage());
    }

    @Test
    void anOrganismBesideTheInfectionItCausedStays() {
        assertEquals(List.of("N39.0", "B96.20"), codes(CHECK.process(doc(cand("N39.0", 0), cand("B96.20", 1)))));
        assertEquals(List.of("T81.41XA", "B95.61"),
                codes(CHECK.process(doc(cand("T81.41XA", 0), cand("B95.61", 1)))));
        assertEquals(List.of("B96.81", "K29.70"), codes(CHECK.process(doc(cand("B96.81", 0), cand("K29.70", 1)))));
    }

    @Test
    void everyCodeWhoseTabularAsksForTheAgentCountsAsAnInfection() {
        CodeSet codeSet = TestModels.models().codeSet();
        PairedCodeRule rule = PairedCodeRule.read(RuleFiles.bundled(CompanionCodeCheck.FILE), CompanionCodeCheck.FILE)
                .stream().filter(r -> r.id().equals("infectious-agent-with-infection")).findFirst().orElseThrow();
        List<String> agents = List.of("B95", "B96", "B97").stream()
                .flatMap(c -> codeSet.billableDescendants(c).stream()).map(Code::code).toList();
        List<String> asking = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (Code c : codeSet.all()) {
            if (c.billable() && codeSet.effectiveNotes(c.code(), NoteType.USE_ADDITIONAL_CODE).stream()
                    .anyMatch(n -> agents.stream().anyMatch(n::refersTo))) {
                asking.add(c.code());
                if (!CodePattern.anyCovers(rule.others(), c.code())) {
                    uncovered.add(c.code());
                }
            }
        }
        assertTrue(asking.size() > 100, "the Tabular's notes asking for the agent were not read: " + asking);
        assertEquals(List.of(), uncovered);
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

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Document doc(CodeCandidate... c) {
        return CandidateDocs.doc(CareSetting.OUTPATIENT, c);
    }
}
