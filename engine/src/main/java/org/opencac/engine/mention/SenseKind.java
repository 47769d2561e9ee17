package org.opencac.engine.mention;

import java.util.Locale;

/**
 * What a word-sense rule's rejection of a reading means ({@code trigger_senses.tsv}, column {@code kind}):
 * the word is something else, the condition is coded otherwise, only possible, absent, or coded at a site
 * the sentence names.
 */
public enum SenseKind {
    /** The word names something else here (an instrument, a test, a measure, an operation): not a condition. */
    OTHER_SENSE,
    /** The condition is documented, but this code is not the one to report (another code, or none by a guideline). */
    OTHER_CODE,
    /** The condition is only a possibility: a risk listed in consent text, a plan. */
    HYPOTHETICAL,
    /** The sentence says the condition is absent. */
    NEGATED,
    /** A code for an unstated site while the sentence names the site: the site code is looked for instead. */
    SITE;

    /** The kind written in the data file ("other-sense", "site" ...). */
    public static SenseKind parse(String written) {
        try {
            return valueOf(written.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sense kind '" + written
                    + "' (expected other-sense, other-code, hypothetical, negated or site)");
        }
    }
}
