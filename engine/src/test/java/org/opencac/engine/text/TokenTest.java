package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.Span;

class TokenTest {

    private static Token word(String text) {
        return new Token(new Span(0, text.length()), text, text.toLowerCase(java.util.Locale.ROOT), 0);
    }

    @Test
    void andOrIsEitherWordInAnyCase() {
        for (String w : new String[] {"and", "AND", "Or", "or"}) {
            assertTrue(word(w).isAndOr(), w);
        }
        for (String w : new String[] {"&", "nor", "an", "ore", "band", ","}) {
            assertFalse(word(w).isAndOr(), w);
        }
    }

    @Test
    void aListIsJoinedByAndOrOrAnAmpersand() {
        for (String w : new String[] {"and", "Or", "&"}) {
            assertTrue(word(w).isListJoin(), w);
        }
        for (String w : new String[] {",", "nor", "with", "&&", "plus"}) {
            assertFalse(word(w).isListJoin(), w);
        }
    }
}
