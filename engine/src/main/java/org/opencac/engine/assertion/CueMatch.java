package org.opencac.engine.assertion;

/**
 * A cue found in a sentence: tokens [first, end) of {@code Document.tokens()}.
 *
 * @param cue   the compiled rule
 * @param first index of its first token
 * @param end   one past its last token
 */
record CueMatch(Cue cue, int first, int end) {
    boolean overlaps(int otherFirst, int otherEnd) {
        return first < otherEnd && otherFirst < end;
    }
}
