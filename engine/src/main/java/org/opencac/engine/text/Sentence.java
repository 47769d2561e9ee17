package org.opencac.engine.text;

import org.opencac.engine.note.Span;

/**
 * A sentence (or list item / header line) of the note.
 *
 * @param span         its extent in the note
 * @param sectionIndex index of its section in {@code Document.sections()}
 * @param firstToken   index of its first token in {@code Document.tokens()}
 * @param endToken     one past the index of its last token
 */
public record Sentence(Span span, int sectionIndex, int firstToken, int endToken) {
}
