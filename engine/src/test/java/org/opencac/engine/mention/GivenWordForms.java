package org.opencac.engine.mention;

import java.util.Map;

/**
 * Word forms given outright, for tests outside this package: made as {@link WordForms#build} makes them from the
 * rules file, the lexicon and the Index, without those.
 */
public final class GivenWordForms {
    private GivenWordForms() {
    }

    /** These forms, each with the lexicon word it reads as. */
    public static WordForms of(Map<String, String> base) {
        return new WordForms(base);
    }
}
