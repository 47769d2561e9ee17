package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word set answers as Set.copyOf of the same words does, and stays read-only. */
class WordSetTest {
    @Test
    void holdsTheSameWordsAsAnImmutableCopy() {
        List<String> words = List.of("knee", "hip", "knee", "left");
        Set<String> set = WordSet.of(words);
        assertEquals(Set.copyOf(words), set);
        assertTrue(set.contains("hip"));
        assertFalse(set.contains("elbow"));
    }

    @Test
    void isReadOnlyAndRejectsNull() {
        Set<String> set = WordSet.of(List.of("hip"));
        assertThrows(UnsupportedOperationException.class, () -> set.add("knee"));
        assertThrows(NullPointerException.class, () -> WordSet.of(Arrays.asList("hip", null)));
    }
}
