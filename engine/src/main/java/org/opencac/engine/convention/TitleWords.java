package org.opencac.engine.convention;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.text.LowerWords;

/** The words of a Tabular title or a clause that can carry a detail: lowercase, parentheses dropped. */
final class TitleWords {
    /**
     * Titles are a closed set (the code set's), so their words are worked out once each and kept as a small
     * array of shared word strings ({@link WordSet}): tens of thousands of titles are met over a service's life.
     */
    private static final Map<String, Set<String>> TITLE_WORDS = new ConcurrentHashMap<>();
    /** One string per distinct title word (the words of titles are a closed set too). */
    private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

    private TitleWords() {
    }

    /** Title words without nonessential modifiers in parentheses and without the ignored words. */
    static Set<String> of(String title, Set<String> ignored) {
        Set<String> out = new LinkedHashSet<>(titleWords(title));
        out.removeAll(ignored);
        return out;
    }

    /** The words of a title with its parenthesized modifiers dropped; cached, do not modify. */
    static Set<String> titleWords(String title) {
        return TITLE_WORDS.computeIfAbsent(title, t -> WordSet.of(words(withoutParentheses(t)), WORDS));
    }

    /**
     * The text with each parenthesized part, from a "(" to the next ")", made one space (a "(" with no ")"
     * after it stays): what {@code \([^)]*\)} replaced by a space gives, without a regex.
     */
    static String withoutParentheses(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;   // no ")" after this "(", so none after any later "(" either
            }
            out.append(text, from, open).append(' ');
            from = close + 1;
            open = text.indexOf('(', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The runs of ASCII letters and digits of the lowercased text, each once, in order. */
    static Set<String> words(String text) {
        return new LinkedHashSet<>(LowerWords.runs(text.toLowerCase(Locale.ROOT)));
    }
}
