package org.opencac.engine.pcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PcsLexiconTest {

    private static ProcedureTerm resection(String phrase, String bodyPart) {
        return new ProcedureTerm(phrase, "Medical and Surgical", "Resection",
                List.of(Optional.of(bodyPart), Optional.empty(), Optional.empty(), Optional.empty()), 1.0);
    }

    private static PcsLexicon lexicon(List<ProcedureTerm> terms) {
        return new PcsLexicon(terms, Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), List.of());
    }

    @Test
    void aPhraseOnSeveralRowsNamesEveryOperationOfACompoundProcedure() {
        PcsLexicon l = lexicon(List.of(resection("cystoprostatectomy", "Bladder"),
                resection("cystoprostatectomy", "Prostate")));
        assertEquals(List.of("Bladder", "Prostate"), l.termsOf("Cysto-prostatectomy").stream()
                .map(t -> t.given(4).orElseThrow()).toList());
        assertEquals("Bladder", l.term("cystoprostatectomy").orElseThrow().given(4).orElseThrow());
    }

    @Test
    void spellingVariantsThatCodeTheSameAreOneTerm() {
        PcsLexicon l = lexicon(List.of(resection("x-ray", "Chest"), resection("x ray", "Chest")));
        assertEquals(1, l.termsOf("X-ray").size());
        assertEquals(1, l.terms().size());
    }

    @Test
    void theBundledCompoundPhrasesCodeEachOrgan() {
        assertEquals(3, PcsLexicon.standard().termsOf("cystoprostatectomy").size());
        assertEquals(2, PcsLexicon.standard().termsOf("adnexectomy").size());
    }

    @Test
    void theBundledPairedOrgansAreTheBodyPartsOfTwoSides() {
        PcsLexicon l = PcsLexicon.standard();
        assertTrue(l.isPairedOrgan("kidney"));
        assertTrue(l.isPairedOrgan("knee"));
        assertFalse(l.isPairedOrgan("liver"));
        assertFalse(l.isPairedOrgan("kidneys"));   // singular words: the plural is what tells both sides
    }
}
