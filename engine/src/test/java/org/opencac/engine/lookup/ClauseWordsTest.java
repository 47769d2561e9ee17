package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.text.WordTokenizer;

class ClauseWordsTest {

    @Test
    void inflectedFormsOfOneWordShareAStem() {
        assertTrue(ClauseWords.sameStem("infection", "infected"));
        assertTrue(ClauseWords.sameStem("hypertension", "hypertensive"));
    }

    @Test
    void shortOrDifferentWordsDoNotShareAStem() {
        assertFalse(ClauseWords.sameStem("hyperthyroidism", "hypothyroidism"));
        assertFalse(ClauseWords.sameStem("renal", "renin"));
        assertFalse(ClauseWords.sameStem("cardiomyopathy", "cardiomegaly"));
    }

    private static final NavigationRules RULES = new NavigationRules(List.of(
            "equivalent\trenal\tkidney", "equivalent\th influenzae\themophilus influenzae",
            "equivalent\turinary tract infection\turinary infection"), "test");

    private static List<String> words(String text) {
        var tokens = new WordTokenizer().tokenize(text);
        return new ClauseWords(tokens, 0, 0, tokens.size(), RULES).all().stream()
                .map(w -> w.word() + "@" + w.firstToken() + "-" + w.endToken()).toList();
    }

    @Test
    void aPhraseOfSeveralWordsReadsAsItsIndexWordsOverAllItsTokens() {
        assertEquals(List.of("h@0-1", "influenzae@1-2", "influenze@1-2", "hemophilus@0-2", "influenzae@0-2"),
                words("H influenzae"));
        assertEquals(List.of("urinary@0-1", "tract@1-2", "infection@2-3", "urinary@0-3", "infection@0-3"),
                words("urinary tract infection"));
    }

    @Test
    void onlyAWholeEquivalentCountsNotItsFirstWords() {
        assertEquals(List.of("urinary@0-1", "tract@1-2", "renal@2-3", "kidney@2-3"), words("urinary tract renal"));
    }
}
