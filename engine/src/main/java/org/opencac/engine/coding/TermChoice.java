package org.opencac.engine.coding;

import java.util.List;
import java.util.NoSuchElementException;
import org.opencac.engine.mention.Mention;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * Term choice: of the lexicon terms a mention matched, the one to code from. Sources rank in
 * {@link TermSource} order (a full Tabular title ranks with the default-code title, after the curated
 * terms), then a code below the category level before a category.
 */
public final class TermChoice {
    private TermChoice() {
    }

    /** The term a mention is coded from. */
    public static Term best(List<Term> terms) {
        if (terms.isEmpty()) {
            throw new NoSuchElementException("no term");
        }
        // the first of the lowest rank (asked for every mention: a loop, no stream and comparators made per call)
        Term best = terms.get(0);
        int bestRank = rank(best);
        for (int i = 1; i < terms.size(); i++) {
            int r = rank(terms.get(i));
            if (r < bestRank) {
                best = terms.get(i);
                bestRank = r;
            }
        }
        return best;
    }

    /** A term's place: by its source ({@link TermSource#TITLE} with the default-code title), then a code below a category first. */
    private static int rank(Term t) {
        int source = t.source().ordinal() == TermSource.TITLE.ordinal() ? 1 : t.source().ordinal();
        return source * 2 + (t.code().length() > 3 ? 0 : 1);
    }

    /** The first rationale step: how the mention's words led to the term's code. */
    static String lookupStep(Term term, Mention mention) {
        if (term.source() == TermSource.ENCOUNTER_REASON) {
            return "Encounter: \"" + mention.text() + "\" -> " + term.code() + " (reason for the encounter, " + term.text() + ")";
        }
        return term.source() == TermSource.ALPHABETIC_INDEX
                || term.source() == TermSource.ALPHABETIC_INDEX_REFINEMENT
                ? "Index: " + term.text() + " \u2192 " + term.code() + " (\"" + mention.text() + "\")"
                : "Index: \"" + mention.text() + "\" -> " + term.code() + " (" + describe(term.source()) + ")";
    }

    private static String describe(TermSource s) {
        return switch (s) {
            case CURATED -> "curated clinical synonym";
            case TITLE -> "Tabular title";
            case TITLE_CORE -> "Tabular title, default code";
            case INJURY_SEARCH -> "injury type, site and laterality searched in the injury chapter";
            case MEASUREMENT -> "measured value within the range of the code's title";
            case INCLUSION -> "Tabular inclusion term";
            case NEOPLASM_TABLE -> "Table of Neoplasms";
            case DRUG_TABLE -> "Table of Drugs and Chemicals";
            case EXTERNAL_CAUSE_INDEX -> "External Cause index";
            case ALPHABETIC_INDEX, ALPHABETIC_INDEX_REFINEMENT -> "Alphabetic Index";
            case ENCOUNTER_REASON -> "reason for the encounter";
        };
    }
}
