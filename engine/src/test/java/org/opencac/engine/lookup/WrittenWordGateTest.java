package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate before a look-up of a token's lower-cased text never turns away a token whose lower-cased text is one of
 * the words, whatever its case or first character, and turns away tokens of another length or first letter.
 */
class WrittenWordGateTest {
    private static final String[] WORDS = {"Enlarged", "dilated", "re-dilated", "back", "hypoglycemic", "\u00c9tat"};
    private static final char[] LETTERS = {
        'a', 'b', 'd', 'e', 'g', 'l', 'r', 'k', 'A', 'B', 'D', 'E', 'K', 'R', '-', '1', '\u00e9', '\u00c9',
        '\u0130', '\u212a', '\u00df'
    };

    @Test
    void everyWordPassesInAnyCase() {
        WrittenWordGate gate = gateOf(WORDS);
        for (String w : WORDS) {
            assertTrue(gate.mayBe(w), w);
            assertTrue(gate.mayBe(w.toLowerCase(Locale.ROOT)), w);
            assertTrue(gate.mayBe(w.toUpperCase(Locale.ROOT)), w);
        }
    }

    @Test
    void turnsAwayOtherLengthsAndFirstLetters() {
        WrittenWordGate gate = gateOf(WORDS);
        assertFalse(gate.mayBe("dilate"));      // no word of six letters
        assertFalse(gate.mayBe("Xnlarged"));    // the length of one, the first letter of none
        assertFalse(gate.mayBe("sack"));
        assertFalse(gate.mayBe(""));
    }

    @Test
    void aTokenTurnedAwayIsNoneOfTheWordsLowerCased() {
        WrittenWordGate gate = gateOf(WORDS);
        Set<String> lower = new HashSet<>();
        for (String w : WORDS) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        Random random = new Random(14);
        int turnedAway = 0;
        for (int k = 0; k < 200_000; k++) {
            String token = k % 3 == 0 ? variant(WORDS[random.nextInt(WORDS.length)], random) : randomWord(random);
            if (!gate.mayBe(token)) {
                turnedAway++;
                assertFalse(lower.contains(token.toLowerCase(Locale.ROOT)), token);
            }
        }
        assertTrue(turnedAway > 100_000, "the gate turns most words away: " + turnedAway);
    }

    @Test
    void aPartOfATextIsGatedAsItsOwnCopyWouldBe() {
        WrittenWordGate gate = gateOf(WORDS);
        Random random = new Random(82);
        for (int k = 0; k < 50_000; k++) {
            String text = randomWord(random) + " " + variant(WORDS[random.nextInt(WORDS.length)], random) + " "
                    + randomWord(random);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertEquals(gate.mayBe(text.substring(start, end)), gate.mayBe(text, start, end), text + " " + start + " " + end);
        }
    }

    private static WrittenWordGate gateOf(String... words) {
        return WrittenWordGate.of(List.of(words));
    }

    /** The word with some letters' case changed and at times its first letter replaced. */
    private static String variant(String word, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        if (random.nextInt(4) == 0) {
            b.setCharAt(0, LETTERS[random.nextInt(LETTERS.length)]);
        }
        return b.toString();
    }

    private static String randomWord(Random random) {
        int n = 1 + random.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(LETTERS[random.nextInt(LETTERS.length)]);
        }
        return b.toString();
    }
}
