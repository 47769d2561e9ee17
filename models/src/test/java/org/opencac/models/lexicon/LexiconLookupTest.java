package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lookups and prefix questions answer exactly as the key and prefix sets, whatever the filter in front says. */
class LexiconLookupTest {
    private static final Term ESSENTIAL = new Term("Essential hypertension", "I10", TermSource.TITLE);

    @Test
    void aKeyIsFoundAndItsFirstWordsAreAPrefixButNotAKey() {
        Lexicon lexicon = new Lexicon(List.of(ESSENTIAL, new Term("Hypertension", "I10", TermSource.TITLE)));
        assertEquals(List.of(ESSENTIAL), lexicon.lookup("essential hypertension"));
        assertTrue(lexicon.isPrefix("essential"));
        assertTrue(lexicon.lookup("essential").isEmpty());
        assertFalse(lexicon.isPrefix("essential hypertension"));
        assertFalse(lexicon.isPrefix("hypertension"));
        assertEquals(1, lexicon.lookup("hypertension").size());
        assertTrue(lexicon.lookup("malignant hypertension").isEmpty());
        assertFalse(lexicon.isPrefix("malignant"));
    }

    @Test
    void everySpellingOfATermContinuesPastItsCommasThoughOnlyOneIsKept() {
        Lexicon lexicon = new Lexicon(List.of(new Term("hand, foot and mouth disease", "B08.4", TermSource.CURATED),
                new Term("hand, foot, and mouth disease", "B08.4", TermSource.CURATED)));
        assertEquals(1, lexicon.lookup("hand foot mouth disease").size());
        assertTrue(lexicon.continuesAfterComma("hand"));
        assertTrue(lexicon.continuesAfterComma("hand foot"));
        assertFalse(lexicon.continuesAfterComma("hand foot mouth"));
    }

    @Test
    void aStringSharingAKeysHashIsNeitherAKeyNorAPrefix() {
        // "Aa" and "BB" have the same String hash code, so they share the filter's slot.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Lexicon lexicon = Lexicon.fromKeyed(Map.of("Aa", List.of(ESSENTIAL), "Aa Aa", List.of(ESSENTIAL)));
        assertEquals(List.of(ESSENTIAL), lexicon.lookup("Aa"));
        assertTrue(lexicon.isPrefix("Aa"));
        assertTrue(lexicon.lookup("BB").isEmpty());
        assertFalse(lexicon.isPrefix("BB"));
    }

    @Test
    void everyKeyAndPrefixOfALargeLexiconIsFoundAndNothingElse() {
        Map<String, List<Term>> keys = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            keys.put("w" + i + " x" + (i % 97) + " y" + i, List.of(new Term("t" + i, "C" + i, TermSource.TITLE)));
        }
        Lexicon lexicon = Lexicon.fromKeyed(keys);
        List<String> prefixes = new ArrayList<>();
        for (String key : keys.keySet()) {
            assertEquals(keys.get(key), lexicon.lookup(key));
            assertFalse(lexicon.isPrefix(key));
            String one = key.substring(0, key.indexOf(' '));
            String two = key.substring(0, key.lastIndexOf(' '));
            prefixes.add(one);
            prefixes.add(two);
            assertTrue(lexicon.isPrefix(one) && lexicon.isPrefix(two), key);
            assertTrue(lexicon.lookup(one).isEmpty() && lexicon.lookup(two).isEmpty(), key);
        }
        assertEquals(new HashSet<>(prefixes), lexicon.prefixes());
        for (int i = 0; i < 20_000; i++) {
            assertTrue(lexicon.lookup("w" + i + " x" + (i % 97) + " z" + i).isEmpty());
            assertFalse(lexicon.isPrefix("v" + i));
        }
    }

    @Test
    void aLexiconAdoptedWithItsPrefixesAnswersAsTheOneItCameFrom() {
        Lexicon built = new Lexicon(List.of(ESSENTIAL));
        Lexicon adopted = Lexicon.adopt(new HashMap<>(built.entries()), new HashSet<>(built.prefixes()),
                built.commaJoined());
        assertEquals(List.of(ESSENTIAL), adopted.lookup("essential hypertension"));
        assertTrue(adopted.isPrefix("essential"));
        assertFalse(adopted.isPrefix("hypertension"));
    }

    @Test
    void theExtendedHashIsTheJoinedStringsHash() {
        String[][] pairs = {{"essential", "hypertension"}, {"a", ""}, {"", "b"}, {"crohn's", "disease"},
                {"caf\u00e9", "\u00e9t\u00e9"}, {"\u03c3\u03b1", "\u4e2d"}, {"x".repeat(40), "long-word/with"}};
        for (String[] p : pairs) {
            assertEquals((p[0] + " " + p[1]).hashCode(), Lexicon.extendedHash(p[0].hashCode(), p[1]), p[0] + " " + p[1]);
        }
        String run = "left";
        for (String next : List.of("lower", "lobe", "of", "the", "lung")) {
            assertEquals((run + " " + next).hashCode(), Lexicon.extendedHash(run.hashCode(), next));
            run = run + " " + next;
        }
    }

    @Test
    void flagsFromAHashAnswerAsTheStringsFlags() {
        Lexicon lexicon = new Lexicon(List.of(ESSENTIAL, new Term("Hypertension", "I10", TermSource.TITLE)));
        for (String s : List.of("essential", "essential hypertension", "hypertension", "malignant")) {
            int flags = lexicon.filterFlags(s.hashCode());
            assertEquals(lexicon.lookup(s), lexicon.lookup(s, flags), s);
            if (lexicon.isPrefix(s)) {
                assertTrue(Lexicon.mayBePrefix(flags), s);
            }
            if (!lexicon.lookup(s).isEmpty()) {
                assertTrue(Lexicon.mayBeKey(flags), s);
            }
        }
    }

    @Test
    void everyPrefixMayBeAPrefixByItsFlagsAndFewOtherRunsDo() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            terms.add(new Term("word" + i + " middle" + i + " end" + i, "A" + i, TermSource.TITLE));
        }
        Lexicon lexicon = new Lexicon(terms);
        int wrong = 0;
        for (int i = 0; i < 20_000; i++) {
            assertTrue(Lexicon.mayBePrefix(lexicon.filterFlags(("word" + i).hashCode())));
            assertTrue(Lexicon.mayBePrefix(lexicon.filterFlags(("word" + i + " middle" + i).hashCode())));
            assertTrue(Lexicon.mayBeKey(lexicon.filterFlags(("word" + i + " middle" + i + " end" + i).hashCode())));
            if (Lexicon.mayBePrefix(lexicon.filterFlags(("other" + i).hashCode()))) {
                wrong++;
            }
        }
        assertTrue(wrong < 20_000 / 10, "wrong yes " + wrong);
    }
}
