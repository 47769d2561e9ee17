package org.opencac.engine.mention;

import java.util.List;
import org.opencac.engine.note.Span;
import org.opencac.models.lexicon.Term;

/**
 * A clinical concept found in the note: a word sequence that matched lexicon terms.
 *
 * @param span          its extent in the note
 * @param text          the covered text
 * @param terms         the lexicon terms it matched (one surface form may point to several codes)
 * @param sentenceIndex its sentence
 * @param firstToken    index of its first token
 * @param endToken      one past its last token
 */
public record Mention(Span span, String text, List<Term> terms, int sentenceIndex, int firstToken, int endToken) {
    public Mention {
        terms = List.copyOf(terms);
    }
}
