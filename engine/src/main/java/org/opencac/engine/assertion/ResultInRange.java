package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;

/**
 * A laboratory result written with its reference range, the value inside the range, is a normal result: the
 * test named just before it ("anticardiolipin antibody IgG 14 units (normal &lt;20)") reports no abnormal
 * finding, so the mention of the test is negated. The result follows the mention within its clause: at most
 * {@link #QUALIFIERS} words (an isotype, "level", "was") before the value, then the value's units, then the range
 * in brackets opened by a label ({@code reference_range_labels.txt}: "normal", "reference range"); the side of a
 * paired test may stand between the value and the range ("9% on the left (normal &lt;25%)"). A range is an
 * upper limit ("&lt;20", "less than 20"), a lower limit ("&gt;40") or two bounds ("15-150", "15 to 150"). A value
 * outside its range, a value given with no range, or a range with no value is left as it is.
 */
public final class ResultInRange {
    public static final String DATA = "/org/opencac/engine/assertion/reference_range_labels.txt";
    /** Words that open another clause, so never stand between the test and its value. */
    public static final String CLAUSE_OPENERS = "/org/opencac/engine/assertion/result_clause_openers.txt";
    /** The cue recorded when a result lies within its reference range. */
    public static final String CUE = "result_within_reference_range";
    /** How many words may stand between the test named and its value ("IgM", "level", "was"). */
    private static final int QUALIFIERS = 3;
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    /** The side a paired test's value is of, between the value and its range ("9% on the left (normal &lt;25%)"). */
    private static final String SIDE = "(?:(?:on\\s+the\\s+|on\\s+)?(?:right|left)(?:\\s+side)?\\s*|bilaterally\\s*)?";

    private final Pattern result;

    public ResultInRange(List<String> labels, List<String> clauseOpeners) {
        List<String> alternatives = new ArrayList<>();
        for (String label : labels) {
            alternatives.add(Pattern.quote(label.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        String label = "(?:" + String.join("|", alternatives) + ")";
        List<String> openers = new ArrayList<>();
        for (String opener : clauseOpeners) {
            openers.add(Pattern.quote(opener.toLowerCase(Locale.ROOT)));
        }
        String opener = "(?:" + String.join("|", openers) + ")";
        this.result = Pattern.compile("^[\\s:]*(?:(?:(?!" + opener + "\\b)[a-z][a-z0-9-]*|=|:)\\s+){0," + QUALIFIERS + "}"
                + NUMBER + "\\s*(?:[a-z%/\\u00b5][a-z0-9%/.\\u00b5]*\\s*){0,2}" + SIDE + "\\(\\s*" + label
                + "(?:\\s+range|\\s+is|\\s*=|\\s*:)?\\s*(?:"
                + "(<=?|less\\s+than|under|below|up\\s+to)\\s*" + NUMBER
                + "|(>=?|greater\\s+than|over|above)\\s*" + NUMBER
                + "|" + NUMBER + "\\s*(?:-|to|\\u2013)\\s*" + NUMBER + ")\\s*[a-z%/\\u00b5.]*\\s*\\)");
    }

    /** With the bundled range labels and clause openers. */
    public static ResultInRange standard() {
        return new ResultInRange(DataFiles.lines(DATA), DataFiles.lines(CLAUSE_OPENERS));
    }

    /**
     * False when the text [from, to) cannot hold a result in brackets: the pattern's value (ASCII digits) comes
     * before its range's opening bracket, and no word, unit or side it reads between them holds a bracket, so the
     * text needs a digit before its first bracket. Asked before the text is copied and lower-cased (which makes and
     * removes no digit and no bracket): most mentions are followed by no bracketed range.
     */
    static boolean mayHoldResult(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                return false;
            }
            if (c >= '0' && c <= '9') {
                int bracket = text.indexOf('(', i + 1);
                return bracket >= 0 && bracket < to;
            }
        }
        return false;
    }

    /** Whether the result pattern finds a result in the text, lower-cased as {@link #withinRange} reads it. */
    boolean findsResult(String text) {
        return result.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** True if the mention ending at {@code end} (exclusive) names a test whose result lies within its range. */
    boolean withinRange(String text, List<Token> tokens, Sentence s, int end) {
        if (end <= 0 || end > tokens.size() || end > s.endToken()) {
            return false;
        }
        int from = tokens.get(end - 1).span().end();
        int to = Math.min(s.span().end(), from + 120);
        if (from >= to || !mayHoldResult(text, from, to)) {
            return false;
        }
        Matcher m = result.matcher(text.substring(from, to).toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return false;
        }
        double value = Double.parseDouble(m.group(1));
        if (m.group(2) != null) {
            double limit = Double.parseDouble(m.group(3));
            return m.group(2).contains("=") || m.group(2).startsWith("up") ? value <= limit : value < limit;
        }
        if (m.group(4) != null) {
            double limit = Double.parseDouble(m.group(5));
            return m.group(4).contains("=") ? value >= limit : value > limit;
        }
        double low = Double.parseDouble(m.group(6));
        double high = Double.parseDouble(m.group(7));
        return value >= Math.min(low, high) && value <= Math.max(low, high);
    }
}
