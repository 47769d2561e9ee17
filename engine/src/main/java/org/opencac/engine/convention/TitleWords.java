package org.opencac.engine.convention;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.opencac.models.codeset.Code;

/** The words of a Tabular title or a clause that can carry a detail: lowercase, parentheses dropped. */
final class TitleWords {
    private TitleWords() {
    }

    /** Title words without nonessential modifiers in parentheses and without the ignored words. */
    static Set<String> of(String text, Set<String> ignored) {
        Set<String> out = words(text.replaceAll("\\([^)]*\\)", " "));
        out.removeAll(ignored);
        return out;
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
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
