package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lexicon packed as a cache keeps it answers every question as the lexicon it was packed from. */
class PackedLexiconTest {
    private static final List<Term> TERMS = List.of(
            new Term("Essential hypertension", "I10", TermSource.TITLE),
            new Term("Hypertension", "I10", TermSource.TITLE),
            new Term("Hypertension", "I10", TermSource.CURATED),
            new Term("hand, foot and mouth disease", "B08.4", TermSource.CURATED),
            new Term("alcohol use disorder, mild", "F10.10", TermSource.CURATED),
            new Term("Caf\u00e9 au lait spots", "L81.3", TermSource.CURATED),
            new Term("\u00e9t\u00e9 fever of the \u00e9t\u00e9 kind", "R50.9", TermSource.CURATED),
            new Term("left lower lobe pneumonia", "J18.9", TermSource.CURATED),
            new Term("left lower quadrant pain", "R10.32", TermSource.TITLE));

    private static Lexicon packedCopy(Lexicon built) {
        return Lexicon.adopt(built.packed());
    }

    @Test
    void everyKeyPrefixAndCommaAnswersAsInTheLexiconItWasPackedFrom() {
        Lexicon built = new Lexicon(TERMS);
        Lexicon packed = packedCopy(built);
        List<String> asked = new ArrayList<>(built.entries().keySet());
        asked.addAll(built.prefixes());
        asked.addAll(built.commaJoined());
        asked.addAll(List.of("hypertension essential", "left", "left lower", "left upper", "caf\u00e9", "cafe",
                "\u00e9t\u00e9", "ete", "Aa", "BB", "", "hand foot"));
        for (String s : asked) {
            assertEquals(codesAndSources(built.lookup(s)), codesAndSources(packed.lookup(s)), s);
            assertEquals(built.lookup(s, built.filterFlags(s.hashCode())).size(),
                    packed.lookup(s, packed.filterFlags(s.hashCode())).size(), s);
            assertEquals(built.isPrefix(s), packed.isPrefix(s), s);
            assertEquals(built.continuesAfterComma(s), packed.continuesAfterComma(s), s);
        }
        assertEquals(built.prefixes(), packed.prefixes());
        assertEquals(built.commaJoined(), packed.commaJoined());
        assertEquals(built.entries().keySet(), packed.entries().keySet());
        assertEquals(built.size(), packed.size());
        assertEquals(built.keyCount(), packed.keyCount());
        assertEquals(built.maxWords(), packed.maxWords());
        assertArrayEquals(built.filterSlots(), packed.filterSlots());
        assertEquals(codesAndSources(built.termsFor("I10")), codesAndSources(packed.termsFor("I10")));
    }

    @Test
    void aPackedKeysTermsReadTheKeyAsTheirTextAndAreMadeOnce() {
        Lexicon packed = packedCopy(new Lexicon(TERMS));
        List<Term> terms = packed.lookup("hypertension");
        assertEquals(List.of(new Term("hypertension", "I10", TermSource.TITLE),
                new Term("hypertension", "I10", TermSource.CURATED)), terms);
        assertTrue(terms == packed.lookup("hypertension"), "the list made on the first look-up is kept");
    }

    @Test
    void packingAPackedLexiconGivesItsOwnArraysBack() {
        Lexicon packed = packedCopy(new Lexicon(TERMS));
        assertTrue(packed.packed() == packed.packed());
    }

    @Test
    void aLexiconOfManyKeysPacksEveryKeyAndPrefixFindable() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            terms.add(new Term("word" + i + " middle" + (i % 31) + " end" + i, "A" + (i % 700), TermSource.TITLE));
        }
        Lexicon built = new Lexicon(terms);
        Lexicon packed = packedCopy(built);
        for (Map.Entry<String, List<Term>> e : built.entries().entrySet()) {
            assertEquals(codesAndSources(e.getValue()), codesAndSources(packed.lookup(e.getKey())), e.getKey());
        }
        for (String p : built.prefixes()) {
            assertTrue(packed.isPrefix(p), p);
        }
        for (int i = 0; i < 5_000; i++) {
            assertTrue(packed.lookup("word" + i + " middle" + (i % 31 + 1) + " end" + i).isEmpty());
        }
    }

    @Test
    void arraysThatDoNotHoldTogetherAreRefused() {
        Lexicon.Packed p = new Lexicon(TERMS).packed();
        int[] termCode = p.termCode().clone();
        termCode[0] = p.codes().size();
        assertThrows(IllegalArgumentException.class, () -> Lexicon.adopt(new Lexicon.Packed(p.keys(), p.termStart(),
                termCode, p.termSource(), p.codes(), p.prefixes(), p.commaJoined(), p.filterSlots(), p.maxWords(),
                p.size())));
        PackedStrings keys = p.keys();
        int[] starts = keys.starts().clone();
        starts[0] = keys.bytes().length;
        assertThrows(IllegalArgumentException.class,
                () -> PackedStrings.of(keys.bytes(), starts, keys.lengths(), keys.hashes(), keys.slots()));
        int[] slots = keys.slots().clone();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != 0) {
                slots[i] = 0;
                break;
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> PackedStrings.of(keys.bytes(), keys.starts(), keys.lengths(), keys.hashes(), slots));
    }

    @Test
    void stringsOfOneHashAndBeyondAsciiAreToldApart() {
        PackedStrings.Bytes bytes = new PackedStrings.Bytes();
        PackedStrings.Table table = new PackedStrings.Table(bytes);
        for (String s : List.of("Aa", "caf\u00e9", "\u4e2d\u6587", "a\ud83d\ude00b")) {
            table.add(s);
        }
        PackedStrings strings = table.build(bytes.toArray());
        assertEquals("Aa".hashCode(), "BB".hashCode());
        for (String s : Set.of("BB", "cafe", "caf\u00c9", "\u4e2d", "a\ud83d\ude01b", "Aaa")) {
            assertEquals(-1, strings.indexOf(s), s);
        }
        assertEquals(List.of(0, 1, 2, 3), List.of(strings.indexOf("Aa"), strings.indexOf("caf\u00e9"),
                strings.indexOf("\u4e2d\u6587"), strings.indexOf("a\ud83d\ude00b")));
        assertEquals("a\ud83d\ude00b", strings.get(3));
    }

    private static List<String> codesAndSources(List<Term> terms) {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            out.add(t.code() + "/" + t.source());
        }
        return out;
    }
}
