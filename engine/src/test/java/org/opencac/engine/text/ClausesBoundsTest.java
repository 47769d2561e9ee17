package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.Span;

/** The clause bounds worked out for a whole document are those {@link Clauses#around} finds token by token. */
class ClausesBoundsTest {
    /**
     * Words, one-letter initials, side words that start a site in apposition, adjectives a comma may join, and
     * every kind of break.
     */
    private static final String[] TEXTS = {"pain", "left", "right", "knee", "E", "coli", ",", ";", ":", ".", "-", "(",
        "and", "3", "swollen", "painful"};

    @Test
    void theBoundsOfEveryRangeOfEverySentenceAreTheClausesAround() {
        Random random = new Random(13);
        for (int doc = 0; doc < 5_000; doc++) {
            List<Token> tokens = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            int sentenceCount = 1 + random.nextInt(3);
            int at = 0;
            for (int s = 0; s < sentenceCount; s++) {
                int first = tokens.size();
                int n = 1 + random.nextInt(12);
                for (int k = 0; k < n; k++) {
                    String text = TEXTS[random.nextInt(TEXTS.length)];
                    int start = at + (random.nextBoolean() ? 1 : 0);   // glued to the token before, or not
                    String norm = Character.isLetterOrDigit(text.charAt(0)) ? text.toLowerCase(java.util.Locale.ROOT) : "";
                    tokens.add(new Token(new Span(start, start + text.length()), text, norm, s));
                    at = start + text.length();
                }
                sentences.add(new Sentence(new Span(0, at), 0, first, tokens.size()));
            }
            Clauses.Bounds bounds = Clauses.bounds(tokens, sentences);
            for (Sentence s : sentences) {
                for (int first = s.firstToken(); first < s.endToken(); first++) {
                    for (int end = first; end <= s.endToken(); end++) {
                        assertArrayEquals(Clauses.around(tokens, s, first, end), bounds.around(s, first, end),
                                tokens + " " + first + "-" + end);
                    }
                }
            }
        }
    }
}
