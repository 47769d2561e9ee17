package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
