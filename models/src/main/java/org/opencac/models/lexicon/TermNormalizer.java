package org.opencac.models.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into the word keys both the lexicon and the note are matched on: lowercase, accents folded,
 * punctuation dropped, a few function words dropped, plural "s" removed, British spellings read as the
 * American ones the code sets print ("oedema" as "edema", {@link BritishSpelling}). "Fractures of the Left Femur"
 * and "left femur fracture" share the keys "left", "femur", "fracture".
 */
public final class TermNormalizer {
    private static final Set<String> DROPPED = Set.of("the", "a", "an", "of", "and", "or", "nos", "to");
    /**
     * Possessive determiners, dropped as "the" is when written in lower case or capitalized: a note writes "pain in
     * her left hip" where a title says "Pain in left hip". In capitals such a word may be a marker ("HER-2"). After
     * "on" it is kept: "on his amiodarone", "on her back" name what the patient takes or lies on as often as a site.
     */
    private static final String[] POSSESSIVES = {"his", "her", "their", "my", "your"};
    /** {@link #POSSESSIVES} and {@link #DROPPED} as hash sets, for the one-pass reading of every token. */
    private static final Set<String> POSSESSIVE_WORDS = new java.util.HashSet<>(List.of(POSSESSIVES));
    private static final Set<String> DROPPED_WORDS = new java.util.HashSet<>(DROPPED);
    /** The longest dropped word: a longer word is never looked up in {@link #DROPPED}. */
    private static final int DROPPED_MAX_LENGTH = DROPPED.stream().mapToInt(String::length).max().orElse(0);
    /** The right single quotation mark, which word processors put for an apostrophe. */
    private static final char TYPOGRAPHIC_APOSTROPHE = '\u2019';
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    /**
     * Words after which "a" is the letter of a type, not an article: "hepatitis A", "vitamin A deficiency",
     * "influenza A", "group A strep", "hemophilia A" keep it, so they do not read as plain hepatitis, a vitamin
     * deficiency or influenza.
     */
    private static final Set<String> LETTER_TYPED = Set.of("hepatitis", "hep", "vitamin", "influenza", "flu",
            "group", "type", "hemophilia", "lipoprotein", "grade", "class", "factor");

    private TermNormalizer() {
    }

    /** Normalizes one word, or returns "" if the word carries no matching weight. */
    public static String word(String raw) {
        String w = BritishSpelling.american(fold(raw));
        if (w.isEmpty() || w.length() <= DROPPED_MAX_LENGTH && DROPPED.contains(w)) {
            return "";
        }
        return isAcronym(raw) ? w : singular(w);
    }

    /**
     * Normalizes one word read after the normalized word {@code previous} (null or "" if none): as {@link #word},
     * except that "a" after a word naming types ({@link #LETTER_TYPED}: "hepatitis A") is the letter "a", and
     * "bladder" after "gall" is the organ the code sets print in one word ("gall bladder disease" is a disease of
     * the gallbladder, K82.9, not of the urinary bladder).
     */
    public static String word(String raw, String previous) {
        String fast = plainAsciiWord(raw, previous);
        String w = fast != null ? fast : wordByParts(raw, previous);
        return "gall".equals(previous) && "bladder".equals(w) ? "gallbladder" : w;
    }

    /**
     * {@link #word(String, String)} for a word of ASCII letters and digits without an apostrophe or a British part
     * (nearly every word of a note), read in one pass over its characters instead of a pass per step (the ASCII
     * test, the lower-casing, the apostrophe and the British spelling each read the word again); null for any
     * other word, which {@link #wordByParts} normalizes. Tests compare the two.
     */
    static String plainAsciiWord(String raw, String previous) {
        int n = raw.length();
        boolean upper = false;
        boolean lower = false;
        char before = 0;
        char beforeThat = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
                c = (char) (c + ('a' - 'A'));
            } else if (c > 127 || c == '\'') {
                return null;
            }
            if (c == 'e' && (before == 'a' || before == 'o') || c == 'r' && before == 'u' && beforeThat == 'o') {
                return null;   // "ae", "oe", "our": maybe a British spelling
            }
            beforeThat = before;
            before = c;
        }
        if (n == 0) {
            return null;
        }
        boolean acronym = n <= 6 && !lower;
        String w = upper ? lowerAscii(raw) : raw;
        if (!acronym && n >= 2 && n <= 5 && POSSESSIVE_WORDS.contains(w) && !"on".equals(previous)) {
            return "";   // an ASCII word is a possessive in any case when its lower case is one
        }
        if (n <= DROPPED_MAX_LENGTH && DROPPED_WORDS.contains(w)) {
            return previous != null && n == 1 && w.charAt(0) == 'a' && LETTER_TYPED.contains(previous) ? "a" : "";
        }
        return acronym ? w : singular(w);
    }

    /** {@link #word(String, String)} step by step, for any word. */
    static String wordByParts(String raw, String previous) {
        if (isPossessive(raw) && !isAcronym(raw) && !"on".equals(previous)) {
            return "";
        }
        String w = word(raw);
        if (w.isEmpty() && previous != null && raw.length() == 1 && (raw.charAt(0) == 'a' || raw.charAt(0) == 'A')
                && LETTER_TYPED.contains(previous)) {
            return "a";
        }
        return w;
    }

    /** Whether the word is a possessive determiner, in any case (compared in place: this runs for every token). */
    private static boolean isPossessive(String raw) {
        if (raw.length() < 2 || raw.length() > 5) {
            return false;
        }
        for (String p : POSSESSIVES) {
            if (p.length() == raw.length() && p.equalsIgnoreCase(raw)) {
                return true;
            }
        }
        return false;
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

    /**
     * Splits a phrase into normalized words, dropping the empty ones. A word is a run of letters, digits
     * (any Unicode number) and apostrophes; everything else separates words. Scanned by hand rather than
     * with a regular expression: this runs for every lexicon key at start-up and every note token, and a
     * regex split costs the JIT compiler several times the code of this loop.
     */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        int n = phrase.length();
        int i = 0;
        while (i < n) {
            int cp = phrase.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = phrase.codePointAt(i)));
            String w = word(phrase.substring(start, i), out.isEmpty() ? null : out.get(out.size() - 1));
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * {@code [\\p{L}\\p{N}'\u2019]}: a letter, a number of any kind (decimal, letter-like, other) or an apostrophe,
     * typed or typographic (word processors write "Bell\u2019s palsy" with the right single quotation mark).
     */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '\'';
        }
        if (cp == TYPOGRAPHIC_APOSTROPHE || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The lookup key of a phrase: its normalized words joined by single spaces. */
    public static String key(String phrase) {
        return String.join(" ", words(phrase));
    }

    static String fold(String raw) {
        String s = isAscii(raw) ? lowerAscii(raw) : foldUnicode(raw);
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.indexOf('\'') < 0 ? s : s.replace("'", "");
    }

    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);   // "masses", "abscesses": the noun ends in "ss"
        }
        if (isGreekOsisPlural(w)) {
            return w.substring(0, w.length() - 2) + "is";   // "thromboses", "stenoses": the noun ends in "osis"
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !Character.isDigit(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Whether the word is the plural of a Greek noun in "-osis" ("thromboses", "stenoses", "anastomoses"), which
     * drops "-is" for "-es" rather than adding "s". Words of fewer than eight letters are English verbs and nouns
     * ("closes", "noses", "chooses"), as are those ending in "-poses" ("purposes", "exposes"), "-doses"
     * ("overdoses") and "-loses" ("discloses"); the sugars in "-ose" make theirs with "s" ("glucoses", "lactoses").
     */
    private static boolean isGreekOsisPlural(String w) {
        return w.length() >= 8 && w.endsWith("oses") && !endsWithAny(w, NOT_OSIS_PLURAL_ENDINGS);
    }

    /** Endings of words in "-oses" that are no plural of an "-osis" noun ({@link #isGreekOsisPlural}). */
    private static final String[] NOT_OSIS_PLURAL_ENDINGS =
            {"ooses", "poses", "doses", "loses", "ucoses", "ctoses", "xtroses", "ucroses"};

    private static boolean endsWithAny(String w, String[] endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, accents removed, for a word with a character beyond ASCII. Kept apart from {@link #fold}
     * (and rarely run), so the JIT compiler does not build the Unicode lowering, normalization and regex
     * code into the ASCII path every note takes.
     */
    private static String foldUnicode(String raw) {
        String s = raw.toLowerCase(Locale.ROOT).replace(TYPOGRAPHIC_APOSTROPHE, '\'');
        return isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * {@code toLowerCase(Locale.ROOT)} of an ASCII string: only A-Z change. The string itself when it has no capital;
     * else the JDK's one-byte lowering (one new array), not a copy to two-byte characters and back.
     */
    private static String lowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /** True when every character of {@code s} is ASCII (below 128). */
    public static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
