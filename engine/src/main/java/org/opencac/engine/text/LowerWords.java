package org.opencac.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lowercase words of a text (a code title, a mention, a clause): its runs of letters and digits, in order.
 * Whether a hyphen breaks words is the caller's choice: a code title's "non-ST elevation" is three words where
 * sides and sites are compared word by word, while a finding's "x-ray" and "CT - guided" stay one word each.
 */
public final class LowerWords {
    /** What a hyphen does. */
    public enum Hyphens {
        /** A hyphen breaks words like any other character that is not a letter or a digit. */
        BREAK,
        /** A hyphen joins the words around it, spaces about it dropped ("x - ray" is "x-ray"). */
        JOIN
    }

    private static final Pattern NOT_WORD_OR_HYPHEN = Pattern.compile("[^a-z0-9-]+");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");

    private LowerWords() {
    }

    /** The words of {@code text}, lowercased, empty ones skipped. */
    public static List<String> of(String text, Hyphens hyphens) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (hyphens == Hyphens.BREAK) {
            return runs(lower);
        }
        String[] parts = NOT_WORD_OR_HYPHEN.split(SPACED_HYPHEN.matcher(lower).replaceAll("-"));
        List<String> out = new ArrayList<>(parts.length);
        for (String w : parts) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The runs of a-z and 0-9 in the lowercased text, in one pass over its characters: what splitting at
     * {@code [^a-z0-9]+} and dropping the empty parts gives (a character outside the basic plane is two characters,
     * neither a letter nor a digit here, as the pattern's match of the whole code point), without a matcher for
     * each title or mention.
     */
    public static List<String> runs(String lower) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
    }
}
