package org.opencac.engine.cpt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which starts with one of a few literals (an alternation of phrases with word
 * boundaries, such as {@code \b(new patient|first visit)\b}), searched as {@link Matcher#find()} would
 * find it: the pattern is tried only where a literal is written, leftmost first, instead of at every
 * character of the note. The literals must be the exact (case-sensitive) starts of every possible match.
 */
final class LiteralFirstPattern {
    private final Pattern pattern;
    /** Where a literal is written, for all of them in one pass. */
    private final LiteralScan starts;

    LiteralFirstPattern(Pattern pattern, List<String> literals) {
        if (literals.isEmpty() || literals.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("literals must be non-empty: " + literals);
        }
        this.pattern = pattern;
        this.starts = new LiteralScan(literals);
    }

    /**
     * The first match in {@code text}, as {@code pattern.matcher(text).find()} gives it (group, start and
     * end read from the returned matcher), or null when there is none.
     */
    Matcher find(String text) {
        return find(ScannedText.of(text));
    }

    /** As {@link #find(String)}, with the text's characters read from its array. */
    Matcher find(ScannedText scanned) {
        String text = scanned.text();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from <= text.length()) {
            int at = starts.indexOfAny(scanned, from);
            if (at < 0) {
                return null;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                return m;
            }
            from = at + 1;
        }
        return null;
    }
}
