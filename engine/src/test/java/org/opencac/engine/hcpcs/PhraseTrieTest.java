package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {
    private static PhraseTrie<String> trie() {
        PhraseTrie<String> t = new PhraseTrie<>();
        t.add(List.of("short", "arm", "cast"), "short arm cast");
        t.add(List.of("short", "arm", "splint"), "short arm splint");
        t.add(List.of("cast"), "cast");
        return t.freeze();
    }

    @Test
    void theLongestPhraseFromAStartWordWins() {
        PhraseTrie.Match<String> m = trie().longestAt(List.of("short", "arm", "cast", "applied"), 0, 4);
        assertEquals(List.of("short arm cast"), m.values());
        assertEquals(3, m.end());
    }

    @Test
    void oneWordInsideAPhraseIsSkippedButNotTwo() {
        assertEquals(List.of("short arm cast"), trie().longestAt(List.of("short", "arm", "fiberglass", "cast"), 0, 4).values());
        assertNull(trie().longestAt(List.of("short", "arm", "thick", "fiberglass", "cast"), 0, 5));
    }

    @Test
    void aPhraseDoesNotRunPastTheLimit() {
        assertNull(trie().longestAt(List.of("short", "arm", "cast"), 0, 2));
        assertNull(trie().longestAt(List.of("arm", "cast"), 0, 2), "no match starts on a word that begins no phrase");
    }

    @Test
    void aFrozenDictionaryRefusesNewPhrases() {
        assertThrows(IllegalStateException.class, () -> trie().add(List.of("walker"), "walker"));
    }
}
