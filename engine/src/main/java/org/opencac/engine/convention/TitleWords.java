package org.opencac.engine.convention;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Set;
import org.opencac.models.codeset.Code;

/** The words of a Tabular title or a clause that can carry a detail: lowercase, parentheses dropped. */
final class TitleWords {
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Titles are a closed set (the code set's), so their words are worked out once each. */
    private static final Map<String, Set<String>> TITLE_WORDS = new ConcurrentHashMap<>();

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
        return TITLE_WORDS.computeIfAbsent(title, t -> java.util.Collections.unmodifiableSet(words(withoutParentheses(t))));
    }

    static String withoutParentheses(String text) {
        return PARENS.matcher(text).replaceAll(" ");
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** True for a 7-character code with a 7th-character extension (S52.502A, T14.8XXA). */
    static boolean hasSeventh(Code c) {
        return c.code().replace(".", "").length() == 7 && !c.seventhCharacters().isEmpty();
    }

    static char seventh(Code c) {
        return c.code().charAt(c.code().length() - 1);
    }
}
