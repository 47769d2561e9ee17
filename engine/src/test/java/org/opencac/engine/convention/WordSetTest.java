package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void keepsTheWordsInTheirOrderAndAnswersMembership() {
        Set<String> words = WordSet.of(new LinkedHashSet<>(List.of("fracture", "of", "left", "wrist")), new HashMap<>());
        assertEquals(List.of("fracture", "of", "left", "wrist"), List.copyOf(words));
        assertEquals(4, words.size());
        assertTrue(words.contains("left"));
        assertFalse(words.contains("right"));
        assertTrue(words.containsAll(Set.of("wrist", "fracture")));
        assertEquals(Set.of("fracture", "of", "left", "wrist"), words);
    }

    @Test
    void twoSetsWithAWordShareOneStringForIt() {
        Map<String, String> shared = new HashMap<>();
        Set<String> first = WordSet.of(new LinkedHashSet<>(List.of(new String("acute"), "cystitis")), shared);
        Set<String> second = WordSet.of(new LinkedHashSet<>(List.of(new String("acute"), "otitis")), shared);
        assertSame(first.iterator().next(), second.iterator().next());
    }

    @Test
    void cannotBeChanged() {
        Set<String> words = WordSet.of(new LinkedHashSet<>(List.of("anemia")), new HashMap<>());
        assertThrows(UnsupportedOperationException.class, () -> words.add("chronic"));
        assertThrows(UnsupportedOperationException.class, () -> words.iterator().remove());
    }
}
