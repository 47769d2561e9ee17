package org.opencac.engine.text;

import org.opencac.engine.note.Span;

/**
 * A word or punctuation token.
 *
 * @param span          its extent in the note
 * @param text          the covered text
 * @param norm          the normalized matching key (see TermNormalizer), "" for punctuation and dropped words
 * @param sentenceIndex index of its sentence in {@code Document.sentences()}
 */
public record Token(Span span, String text, String norm, int sentenceIndex) {
    public boolean isPunctuation() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
    }

    /** Whether the word is "and" or "or" in any case (its length asked first: most words are neither). */
    public boolean isAndOr() {
        int n = text.length();
        return n == 3 ? text.equalsIgnoreCase("and") : n == 2 && text.equalsIgnoreCase("or");
    }

    /** Whether the word joins two items of a list: "and" or "or" in any case, or "&". */
    public boolean isListJoin() {
        return isAndOr() || text.equals("&");
    }
}
