package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A rule's phrases, each split once into its lowercase words (runs of letters and digits; a hyphen breaks them), and
 * matched whole against a text's words: a phrase is held when its words stand in a row ("neuropathy" is no part of
 * "polyneuropathy"). A phrase with no words is held by nothing.
 *
 * @param phrases the phrases as their words, in the order the rule lists them
 */
public record WordPhrases(List<List<String>> phrases) {
    /** No phrases. */
    public static final WordPhrases NONE = new WordPhrases(List.of());

    public WordPhrases {
        List<List<String>> copy = new ArrayList<>(phrases.size());
        for (List<String> p : phrases) {
            copy.add(List.copyOf(p));
        }
        phrases = List.copyOf(copy);
    }

    /** The phrases as written, each split into its words. */
    public static WordPhrases of(List<String> written) {
        List<List<String>> out = new ArrayList<>(written.size());
        for (String w : written) {
            out.add(Candidates.words(w));
        }
        return new WordPhrases(out);
    }

    /** Whether there are no phrases at all (a phrase with no words still counts as one). */
    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Whether the words hold one of the phrases, its words in a row. */
    boolean anyHeldBy(List<String> words) {
        for (List<String> p : phrases) {
            if (!p.isEmpty() && Collections.indexOfSubList(words, p) >= 0) {
                return true;
            }
        }
        return false;
    }
}
