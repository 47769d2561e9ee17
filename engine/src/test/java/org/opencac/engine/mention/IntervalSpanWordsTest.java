package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words of the @interval need cue's time span ("six weeks after") are read from their data file. */
class IntervalSpanWordsTest {
    private static final Map<String, Set<String>> WORDS = TriggerCheck.spanWords();

    @Test
    void theFileGivesTheUnitsTheLinkingWordsAndTheNumberWordsOfASpan() {
        assertEquals(Set.of("unit", "link", "count"), WORDS.keySet());
        assertTrue(WORDS.get("unit").containsAll(Set.of("day", "weeks", "months", "year")), WORDS.toString());
        assertEquals(Set.of("after", "following"), WORDS.get("link"));
        assertTrue(WORDS.get("count").containsAll(Set.of("two", "twelve", "several")), WORDS.toString());
    }

    @Test
    void numbersWrittenInDigitsAreNotListedAsWords() {
        assertFalse(WORDS.get("count").stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit)));
    }

    @Test
    void everyWordIsWrittenInLowerCaseAsTheCheckComparesIt() {
        WORDS.forEach((kind, words) -> words.forEach(w -> assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, kind)));
    }
}
