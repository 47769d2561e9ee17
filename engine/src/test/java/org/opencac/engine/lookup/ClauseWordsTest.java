package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
