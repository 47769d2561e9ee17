package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.Span;
import org.opencac.engine.testing.TestModels;

/** A condition coded both "without" and "with" one detail (crisis, intractability) is one condition, with the detail. */
class OppositeAxisTest {

    private record Coded(String code, String title, String words) {
    }

    /** Each code's words are one mention, in a sentence of its own. */
    private static List<String> kept(Coded... coded) {
        List<Mention> mentions = new ArrayList<>();
        List<CodeCandidate> cands = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < coded.length; i++) {
            Coded c = coded[i];
            mentions.add(new Mention(new Span(at, at + c.words().length()), c.words(), List.of(), i, 0, 1));
            at += c.words().length() + 2;
            cands.add(new CodeCandidate(c.code(), c.title(), 0.8, List.of(i), List.of("Index: test")));
        }
        Document d = Document.of(new Note("x", CareSetting.OUTPATIENT)).withMentions(mentions).withCandidates(cands);
        return SameConditionCheck.standard(TestModels.models().codeSet()).process(d).candidates().stream()
                .map(CodeCandidate::code).toList();
    }

    @Test
    void sickleCellAnemiaToldBesideItsCrisisIsTheCrisis() {
        assertEquals(List.of("D57.00"), kept(
                new Coded("D57.1", "Sickle-cell disease without crisis", "known sickle cell anemia"),
                new Coded("D57.00", "Hb-SS disease with crisis, unspecified", "painful sickle cell crisis")));
    }

    @Test
    void aMigraineCalledIntractableOnceIsIntractable() {
        assertEquals(List.of("G43.119"), kept(
                new Coded("G43.109", "Migraine with aura, not intractable, without status migrainosus",
                        "migraine with aura"),
                new Coded("G43.119", "Migraine with aura, intractable, without status migrainosus",
                        "intractable migraine with aura")));
    }

    @Test
    void intractabilityOfAnotherKindOfMigraineDoesNotTakeItIn() {
        assertEquals(List.of("G43.009", "G43.119"), kept(
                new Coded("G43.009", "Migraine without aura, not intractable, without status migrainosus",
                        "common migraine"),
                new Coded("G43.119", "Migraine with aura, intractable, without status migrainosus",
                        "intractable migraine with aura")));
    }

    @Test
    void theWithoutSideAloneStays() {
        assertEquals(List.of("D57.1", "I10"), kept(
                new Coded("D57.1", "Sickle-cell disease without crisis", "sickle cell anemia"),
                new Coded("I10", "Essential (primary) hypertension", "hypertension")));
    }

    @Test
    void anAxisReadsWholeWordsWithinItsScope() {
        OppositeAxis axis = new OppositeAxis("not intractable", "intractable", 5, "intractability");
        assertTrue(axis.givesWay("G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus",
                "G40.919", "Epilepsy, unspecified, intractable, without status epilepticus"));
        assertFalse(axis.givesWay("G40.919", "Epilepsy, unspecified, intractable, without status epilepticus",
                "G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus"));
        assertFalse(axis.givesWay("G43.009", "Migraine without aura, not intractable, without status migrainosus",
                "G43.119", "Migraine with aura, intractable, without status migrainosus"));
    }

    @Test
    void anAxisOfOnePhraseOrNoScopeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new OppositeAxis("with crisis", "with crisis", 3, "x"));
        assertThrows(IllegalArgumentException.class, () -> new OppositeAxis("without crisis", "with crisis", 1, "x"));
    }
}
