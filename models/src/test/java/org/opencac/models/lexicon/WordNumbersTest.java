package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordNumbersTest {

    @Test
    void eachDistinctWordHasOneNumberInTheOrderFirstAdded() {
        WordNumbers.Builder b = new WordNumbers.Builder();
        assertEquals(0, b.add("fracture"));
        assertEquals(1, b.add("femur"));
        assertEquals(0, b.add(new String("fracture")));
        WordNumbers n = b.build();
        assertEquals(2, n.size());
        assertEquals(0, n.number("fracture"));
        assertEquals(1, n.number("femur"));
        assertEquals(-1, n.number("tibia"));
        assertEquals(-1, n.number(""));
        assertEquals("femur", n.word(1));
    }

    @Test
    void aWordIsKeptAsTheInstanceFirstAdded() {
        WordNumbers.Builder b = new WordNumbers.Builder();
        String first = new String("stenosis");
        b.add(first);
        int again = b.add(new String("stenosis"));
        assertSame(first, b.canonical(again));
        assertSame(first, b.build().word(again));
    }

    @Test
    void aPrefixIsNumberedAsTheWordOfItsLetters() {
        WordNumbers.Builder b = new WordNumbers.Builder();
        b.add("infect");
        b.add("in");
        WordNumbers n = b.build();
        assertEquals(n.number("infect"), n.prefixNumber("infection", 6));
        assertEquals(n.number("in"), n.prefixNumber("infection", 2));
        assertEquals(-1, n.prefixNumber("infection", 5));
        assertEquals(n.number("infect"), n.prefixNumber("infect", 6));
        assertEquals(n.number("in"), n.prefixNumber("in", 6));
    }

    @Test
    void manyGeneratedWordsAndTheirPrefixesAreNumberedAsTheirStrings() {
        Random random = new Random(14);
        List<String> words = new ArrayList<>();
        WordNumbers.Builder b = new WordNumbers.Builder();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                w.append((char) ('a' + random.nextInt(6)));
            }
            words.add(w.toString());
            if (random.nextBoolean()) {
                b.add(w.toString());
            }
        }
        WordNumbers.Builder reference = b;
        WordNumbers n = b.build();
        for (String w : words) {
            int expected = -1;
            for (int k = 0; k < n.size(); k++) {
                if (n.word(k).equals(w)) {
                    expected = k;
                    break;
                }
            }
            assertEquals(expected, n.number(w), w);
            for (int len = 1; len <= w.length(); len++) {
                assertEquals(n.number(w.substring(0, len)), n.prefixNumber(w, len), w + " " + len);
            }
        }
        assertEquals(n.size(), reference.build().size());
    }
}
