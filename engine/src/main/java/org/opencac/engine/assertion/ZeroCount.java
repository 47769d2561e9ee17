package org.opencac.engine.assertion;

import java.util.regex.Pattern;

/**
 * A symptom given a count of none right after its name ("nocturia x0", "nocturia times 0.", "awakenings zero,")
 * is one the patient does not have: the count the history asked for was zero. Only the count itself may follow the
 * name, with an optional "x", "time" or "times" before it, and the count must end its clause (a comma, semicolon,
 * period or the sentence's end): "nocturia 0-1 times a night" or "x 0 to 2" gives a range, which is not a zero.
 */
public final class ZeroCount {
    /** The cue recorded when a symptom is counted zero. */
    public static final String CUE = "counted_zero";

    private static final Pattern ZERO = Pattern.compile(
            "^[ \\t]*(?:(?:x|\\u00d7|times?)[ \\t]*)?(?:0|zero)(?![0-9.,]?[0-9])[ \\t]*(?:[,;.]|$)",
            Pattern.CASE_INSENSITIVE);

    /** True if the text from {@code end} to {@code sentenceEnd} opens with a zero count that ends its clause. */
    public boolean countedZero(String text, int end, int sentenceEnd) {
        // the sentence read in place: a copy of the rest of it for every mention would cost its length each time
        return ZERO.matcher(text).region(end, Math.max(end, sentenceEnd)).lookingAt();
    }
}
