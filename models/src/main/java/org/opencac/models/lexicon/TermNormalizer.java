package org.opencac.models.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into the word keys both the lexicon and the note are matched on: lowercase, accents folded,
 * punctuation dropped, a few function words dropped, plural "s" removed. "Fractures of the Left Femur"
 * and "left femur fracture" share the keys "left", "femur", "fracture".
 */
public final class TermNormalizer {
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "of", "and", "or", "nos", "to");
    /** What separates words: anything but letters, digits and apostrophes (compiled once). */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private TermNormalizer() {
    }

    /** Normalizes one word, or returns "" if the word carries no matching weight. */
    public static String word(String raw) {
        String w = fold(raw);
        if (w.isEmpty() || DROPPED.contains(w)) {
            return "";
        }
        return isAcronym(raw) ? w : singular(w);
    }

    /** "PRES", "COPD": an all-capitals word is an abbreviation, never a plural. */
    static boolean isAcronym(String raw) {
        if (raw.length() > 6) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLowerCase(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Splits a phrase into normalized words, dropping the empty ones. */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String piece : SEPARATORS.split(phrase)) {
            String w = word(piece);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The lookup key of a phrase: its normalized words joined by single spaces. */
    public static String key(String phrase) {
        return String.join(" ", words(phrase));
    }

    static String fold(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.indexOf('\'') < 0 ? s : s.replace("'", "");
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !Character.isDigit(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
