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
    private final List<String> literals;

    LiteralFirstPattern(Pattern pattern, List<String> literals) {
        if (literals.isEmpty() || literals.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("literals must be non-empty: " + literals);
        }
        this.pattern = pattern;
        this.starts = new LiteralScan(literals);
        this.literals = List.copyOf(literals);
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

    /**
     * Several literal-first patterns searched in one pass over a text: each one's first match, as its own
     * {@link #find} gives it. The places where a literal of any of them is written are visited once, left to
     * right, and each pattern not yet found is tried there; a pattern matches only where one of its own literals
     * is written, so the first place it matches among these is its own first match.
     */
    static final class Group {
        private final List<LiteralFirstPattern> patterns;
        /** Where a literal of any of the patterns is written. */
        private final LiteralScan starts;

        Group(List<LiteralFirstPattern> patterns) {
            this.patterns = List.copyOf(patterns);
            this.starts = new LiteralScan(this.patterns.stream().flatMap(p -> p.literals.stream()).toList());
        }

        /** Each pattern's first match in the text (by its place in the group), null for one that has none. */
        Matcher[] find(ScannedText scanned) {
            return find(scanned, (start, end) -> true);
        }

        /**
         * As {@link #find(ScannedText)}, counting only the matches {@code accept} takes (by start and end): a
         * pattern's first accepted match, null for one that has none.
         */
        Matcher[] find(ScannedText scanned, MatchFilter accept) {
            String text = scanned.text();
            Matcher[] out = new Matcher[patterns.size()];
            Matcher[] matchers = new Matcher[patterns.size()];
            for (int i = 0; i < matchers.length; i++) {
                matchers[i] = patterns.get(i).pattern.matcher(text).useTransparentBounds(true)
                        .useAnchoringBounds(false);
            }
            int open = matchers.length;
            int from = 0;
            while (open > 0 && from <= text.length()) {
                int at = starts.indexOfAny(scanned, from);
                if (at < 0) {
                    break;
                }
                for (int i = 0; i < matchers.length; i++) {
                    if (out[i] == null) {
                        matchers[i].region(at, text.length());
                        if (matchers[i].lookingAt() && accept.test(matchers[i].start(), matchers[i].end())) {
                            out[i] = matchers[i];
                            open--;
                        }
                    }
                }
                from = at + 1;
            }
            return out;
        }
    }

    /** Whether a match found at {@code start}..{@code end} counts. */
    @FunctionalInterface
    interface MatchFilter {
        boolean test(int start, int end);
    }
}
