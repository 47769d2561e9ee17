package org.opencac.engine.cpt;

/**
 * Finds a literal written as a whole word: no letter or number ({@code \\p{L}}, {@code \\p{N}}) right before or
 * after it. The same answer as the regex {@code (?<![\\p{L}\\p{N}])literal(?![\\p{L}\\p{N}])}, found with
 * {@link String#indexOf} instead: that regex, with no literal first, tries its look-behind at every character of
 * the text, and was most of the MDM reading's time in a JFR profile of the MTSamples notes.
 */
final class WholeWord {
    private WholeWord() {
    }

    /** Where {@code literal} first stands as a whole word in {@code text}, or -1. */
    static int indexIn(String text, String literal) {
        return indexIn(text, literal, 0);
    }

    /** Where {@code literal} first stands as a whole word in {@code text} at or after {@code from}, or -1. */
    static int indexIn(String text, String literal, int from) {
        for (int at = text.indexOf(literal, from); at >= 0; at = text.indexOf(literal, at + 1)) {
            int end = at + literal.length();
            // As the regex reads them: its look-behind sees the one char before (a letter outside the BMP, a
            // surrogate pair, is not seen as one), its look-ahead the code point after.
            if ((at == 0 || !isWordChar(text.charAt(at - 1)))
                    && (end == text.length() || !isWordChar(Character.codePointAt(text, end)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether the characters [{@code at}, {@code end}) of a text's array stand as a whole word there, read as
     * {@link #indexIn(String, String, int)} reads them: the one char before, the code point after.
     */
    static boolean standsAlone(char[] text, int at, int end) {
        return (at == 0 || !isWordChar(text[at - 1]))
                && (end == text.length || !isWordChar(Character.codePointAt(text, end)));
    }

    /**
     * Where the word that ends at {@code end} starts: back over the letters and numbers right before {@code end},
     * not past {@code from}; {@code end} itself when none stands there.
     */
    static int wordStart(String text, int end, int from) {
        int start = end;
        while (start > from && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Where the last word before {@code at} ends: back over what is no letter or number right before {@code at},
     * not past {@code from}; {@code at} itself when a letter or number stands right before it.
     */
    static int lastWordEnd(String text, int at, int from) {
        int end = at;
        while (end > from && !isWordChar(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A letter or a number of any kind; ASCII, nearly every character of a note, without the Unicode tables. */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
