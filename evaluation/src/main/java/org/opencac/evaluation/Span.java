package org.opencac.evaluation;

/**
 * A half-open character range [start, end) into the original note text.
 *
 * @param start first character
 * @param end   one past the last character
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** True when the two ranges share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
