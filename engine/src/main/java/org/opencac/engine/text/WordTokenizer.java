package org.opencac.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.note.Span;
import org.opencac.models.io.Whitespace;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Splits text into word and punctuation tokens with offsets into the note. Words keep internal
 * apostrophes and decimal points ("3.5", "patient's"); every other non-space character is its own token.
 */
public final class WordTokenizer {
    /** The fewest lower-case letters after a word's first letter for a number glued after them to be its own token. */
    private static final int GLUED_WORD_MIN_LOWER = 4;

    private static final Pattern TOKEN = Pattern.compile("\\p{L}\\p{Ll}{" + GLUED_WORD_MIN_LOWER + ",}(?=\\p{N}+(?![\\p{L}\\p{N}]))|\\p{L}[\\p{L}\\p{N}]*(?:['\u2019]\\p{L}+)?|\\p{N}+(?:[.,]\\p{N}+)*[\\p{L}]*|[^\\s\\p{L}\\p{N}]");

    /**
     * The one-character strings of the ASCII characters: a token of one such character (punctuation, a digit, a
     * letter: about one token in five) takes its string from here, not from a copy of the note's text.
     */
    private static final String[] ONE_CHARACTER = new String[128];

    static {
        for (char c = 0; c < ONE_CHARACTER.length; c++) {
            ONE_CHARACTER[c] = String.valueOf(c);
        }
    }

    /** Tokenizes text[start, end) and appends tokens of the given sentence index. */
    public void tokenize(String text, int start, int end, int sentenceIndex, List<Token> out) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Whitespace.isRegexSpace(c)) {
                i++;
                continue;
            }
            int tokenEnd = tokenEnd(text, i, end);
            if (tokenEnd < 0) {
                i++;
                continue;
            }
            String t = tokenEnd == i + 1 && text.charAt(i) < ONE_CHARACTER.length ? ONE_CHARACTER[text.charAt(i)]
                    : text.substring(i, tokenEnd);
            String norm = Character.isLetterOrDigit(t.charAt(0)) ? TermNormalizer.word(t, previousWord(out, sentenceIndex)) : "";
            out.add(new Token(new Span(i, tokenEnd), t, norm, sentenceIndex));
            i = tokenEnd;
        }
    }

    /** The norm of the last token of this sentence if it is a word ("hepatitis" before "A"), else null. */
    private static String previousWord(List<Token> out, int sentenceIndex) {
        if (out.isEmpty()) {
            return null;
        }
        Token last = out.get(out.size() - 1);
        return last.sentenceIndex() == sentenceIndex && !last.norm().isEmpty() ? last.norm() : null;
    }

    /**
     * Where the token starting at {@code at} (not a space) ends, or -1 if none starts there: the match {@link #TOKEN} finds there, read
     * by hand (code point by code point, never past {@code end}), as the regex costs most of tokenizing.
     */
    static int tokenEnd(String text, int at, int end) {
        int cp = text.codePointAt(at);
        int next = at + Character.charCount(cp);
        if (next > end) {
            return -1;   // a surrogate pair cut by the bound: the regex matches nothing there
        }
        if (Character.isLetter(cp)) {
            int i = skip(text, next, end, true, true);
            int digits = gluedNumberStart(text, next, i);
            if (digits >= 0) {
                return digits;
            }
            if (i < end && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                int j = skip(text, i + 1, end, true, false);
                if (j > i + 1) {
                    return j;
                }
            }
            return i;
        }
        if (isNumber(cp)) {
            int i = skip(text, next, end, false, true);
            while (i < end && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
                int j = skip(text, i + 1, end, false, true);
                if (j == i + 1) {
                    break;
                }
                i = j;
            }
            return skip(text, i, end, true, false);
        }
        return next;
    }

    /**
     * Where the number glued to the end of a word starts, or -1: the run [from, to) after a word's first letter is
     * at least {@link #GLUED_WORD_MIN_LOWER} lower-case letters and then only numbers, as a reference mark printed
     * against a word ("obesity2", "failure7"), which is the word and then the number. A run with a capital or a
     * digit inside ("SatO2", "NPHS2", "hba1c") or a short one ("beta2") is one word, as a name written so is.
     */
    private static int gluedNumberStart(String text, int from, int to) {
        int lower = 0;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) != Character.LOWERCASE_LETTER) {
                break;
            }
            lower++;
            i += Character.charCount(cp);
        }
        if (lower < GLUED_WORD_MIN_LOWER || i == to) {
            return -1;
        }
        for (int j = i; j < to; ) {
            int cp = text.codePointAt(j);
            if (!isNumber(cp)) {
                return -1;
            }
            j += Character.charCount(cp);
        }
        return i;
    }

    /** The end of the run from {@code i} of letters and/or numbers (whole code points inside {@code end}). */
    private static int skip(String text, int i, int end, boolean letters, boolean numbers) {
        while (i < end) {
            char c = text.charAt(i);
            if (c < 128) {
                // ASCII, nearly every character of a note: its only letters are a-z and A-Z, its only numbers 0-9
                if (!(letters && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || numbers && c >= '0' && c <= '9')) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int n = i + Character.charCount(cp);
            if (n > end || !(letters && Character.isLetter(cp) || numbers && isNumber(cp))) {
                return i;
            }
            i = n;
        }
        return i;
    }

    /** {@code \\p{N}}: a decimal digit, letter number or other number. */
    public static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The regex {@link #tokenize} follows (kept as its definition; tests compare the two). */
    static Matcher regexMatcher(String text) {
        return TOKEN.matcher(text);
    }

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        tokenize(text, 0, text.length(), 0, out);
        return out;
    }
}
