package org.opencac.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.note.Span;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Splits text into word and punctuation tokens with offsets into the note. Words keep internal
 * apostrophes and decimal points ("3.5", "patient's"); every other non-space character is its own token.
 */
public final class WordTokenizer {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019]\\p{L}+)?|\\p{N}+(?:[.,]\\p{N}+)*[\\p{L}]*|[^\\s\\p{L}\\p{N}]");

    /** Tokenizes text[start, end) and appends tokens of the given sentence index. */
    public void tokenize(String text, int start, int end, int sentenceIndex, List<Token> out) {
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            String t = m.group();
            String norm = Character.isLetterOrDigit(t.charAt(0)) ? TermNormalizer.word(t) : "";
            out.add(new Token(new Span(m.start(), m.end()), t, norm, sentenceIndex));
        }
    }

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        tokenize(text, 0, text.length(), 0, out);
        return out;
    }
}
