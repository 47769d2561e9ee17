package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencac.engine.text.LowerWords.Hyphens;

class LowerWordsTest {
    @Test
    void wordsAreLowercasedRunsOfLettersAndDigits() {
        assertEquals(List.of("pain", "in", "right", "knee", "2"), LowerWords.of("Pain in RIGHT knee, (2)", Hyphens.BREAK));
    }

    @Test
    void aBreakingHyphenSplitsTheWord() {
        assertEquals(List.of("non", "st", "elevation"), LowerWords.of("Non-ST elevation", Hyphens.BREAK));
    }

    @Test
    void aJoiningHyphenKeepsTheWordWholeEvenWithSpacesAroundIt() {
        assertEquals(List.of("chest", "x-ray", "ct-guided"), LowerWords.of("Chest X-ray; CT - guided", Hyphens.JOIN));
    }

    @Test
    void aTextOfNoLettersHasNoWords() {
        assertTrue(LowerWords.of(" ,;- ", Hyphens.BREAK).isEmpty());
    }

    @Test
    void breakingWordsAreThoseOfThePatternSplitOnGeneratedTexts() {
        Pattern notWord = Pattern.compile("[^a-z0-9]+");
        String alphabet = "aZz09 -,.;()/'\tK\u0130\u00e9\u212a\ud83d\ude00\ud800x";
        Random random = new Random(43);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new ArrayList<>();
            for (String w : notWord.split(text.toString().toLowerCase(java.util.Locale.ROOT))) {
                if (!w.isEmpty()) {
                    expected.add(w);
                }
            }
            assertEquals(expected, LowerWords.of(text.toString(), Hyphens.BREAK), text.toString());
        }
    }
}
