package org.opencac.engine.note;

/**
 * A half-open character range [start, end) into the original note text, as Lucene's OffsetAttribute
 * and OpenNLP's Span define it.
 *
 * @param start first character
 * @param end   one past the last character
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean intersects(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in the given source. */
    public String coveredText(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
