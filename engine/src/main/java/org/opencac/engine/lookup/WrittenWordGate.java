package org.opencac.engine.lookup;

import java.util.BitSet;
import java.util.Collection;
import java.util.Locale;

/**
 * A gate before the look-up of a token's lower-cased text in a table of words: the lengths of the words as
 * written and the first characters of their lower-cased forms. A token of another length, or whose first
 * character (an ASCII one, lower-cased) begins none of them, is none of the words, told without a lower-case copy
 * of the token; a first character beyond ASCII is always let through (its lower case may be ASCII or longer).
 */
public final class WrittenWordGate {
    private final BitSet lengths = new BitSet();
    private final BitSet firsts = new BitSet(128);

    /** The gate of these words (each as written, any case). */
    public static WrittenWordGate of(Collection<String> words) {
        WrittenWordGate gate = new WrittenWordGate();
        for (String w : words) {
            gate.add(w);
        }
        return gate;
    }

    /** Adds a word as written in the rules (trimmed, any case). */
    public void add(String written) {
        lengths.set(written.length());
        char first = written.toLowerCase(Locale.ROOT).charAt(0);
        if (first < 128) {
            firsts.set(first);
        }
    }

    /** False when the token's text, lower-cased, can be none of the words added. */
    public boolean mayBe(String text) {
        return mayBe(text, 0, text.length());
    }

    /** {@link #mayBe(String)} of {@code text[start, end)}, read in place (no copy of the part is made). */
    public boolean mayBe(String text, int start, int end) {
        int n = end - start;
        if (n <= 0 || !lengths.get(n)) {
            return false;
        }
        char c = text.charAt(start);
        return c >= 128 || firsts.get(Character.toLowerCase(c));
    }
}
