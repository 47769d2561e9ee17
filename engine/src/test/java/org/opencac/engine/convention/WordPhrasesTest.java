package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPhrasesTest {
    @Test
    void aPhraseIsSplitOnceIntoItsLowercaseWordsAtAHyphenToo() {
        WordPhrases p = WordPhrases.of(List.of("Biliary Colic", "post-herpetic"));
        assertEquals(List.of(List.of("biliary", "colic"), List.of("post", "herpetic")), p.phrases());
    }

    @Test
    void aPhraseIsHeldOnlyAsWholeWordsInARow() {
        WordPhrases p = WordPhrases.of(List.of("neuropathy", "biliary colic"));
        assertTrue(p.anyHeldBy(Candidates.words("diabetic neuropathy")));
        assertFalse(p.anyHeldBy(Candidates.words("diabetic polyneuropathy")));
        assertTrue(p.anyHeldBy(Candidates.words("recurrent biliary colic")));
        assertFalse(p.anyHeldBy(Candidates.words("colic, biliary")));
    }

    @Test
    void aPhraseWithNoWordsIsHeldByNothingYetCountsAsAPhrase() {
        WordPhrases p = WordPhrases.of(List.of("--"));
        assertFalse(p.isEmpty());
        assertFalse(p.anyHeldBy(Candidates.words("any words at all")));
        assertTrue(WordPhrases.NONE.isEmpty());
    }
}
