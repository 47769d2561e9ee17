package org.opencac.engine.lookup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexTerm;

/**
 * Whether an Alphabetic Index main term names a condition: its codes (its own and its subterms', or those of the
 * term its "see" reference leads to) mostly of the disease and injury chapters (A-T), and no reference to
 * "condition" (as an anatomical word has: "Abdomen, see also condition").
 */
final class ConditionTerms {
    private final AlphabeticIndex index;

    ConditionTerms(AlphabeticIndex index) {
        this.index = index;
    }

    /** Whether the main term names a condition. */
    boolean names(IndexTerm main) {
        if (refersToCondition(main)) {
            return false;
        }
        int[] counts = new int[2];
        count(main, counts);
        if (counts[0] + counts[1] == 0) {
            for (String see : main.see()) {
                List<IndexTerm> path = index.follow(see);
                if (!path.isEmpty() && !refersToCondition(path.get(path.size() - 1))) {
                    count(path.get(path.size() - 1), counts);
                }
            }
        }
        return counts[0] > 0 && counts[0] >= counts[1];
    }

    /** What a key walk accepts: the key read (a one-word key's base form when the Index lacks the word) and its look-up. */
    @FunctionalInterface
    interface KeyTest {
        boolean accepts(String key, AlphabeticIndex.KeyLookup known);
    }

    /**
     * A key walk ({@link IndexKeyWalk}) for {@link #longestKeyEnd}: a one-word key the Index lacks as a main term is
     * read by its base form ("infected": Infection, as a coder looks up the noun); punctuation ends the key.
     */
    static IndexKeyWalk keyWalk(AlphabeticIndex index, WordForms forms) {
        return new IndexKeyWalk(index, forms, Set.of(), false, true);
    }

    /**
     * One past the last token of the longest Index key from token i (tokens before {@code limit}, none
     * {@code taken}, which may be null) that {@code test} accepts, or -1, read by a walk from {@link #keyWalk}.
     */
    static int longestKeyEnd(IndexKeyWalk keys, List<Token> tokens, int i, int limit, boolean[] taken, KeyTest test) {
        keys.from(tokens, i, limit, taken);
        int best = -1;
        while (keys.nextWord()) {
            AlphabeticIndex.KeyLookup known = keys.lookUp();
            if (known == null) {
                break;
            }
            if (test.accepts(keys.key(), known)) {
                best = keys.end();
            }
            if (!known.extendsToLongerKey()) {
                break;
            }
        }
        return best;
    }

    private static boolean refersToCondition(IndexTerm t) {
        for (String r : t.see()) {
            if (r.toLowerCase(Locale.ROOT).contains("condition")) {
                return true;
            }
        }
        for (String r : t.seeAlso()) {
            if (r.toLowerCase(Locale.ROOT).contains("condition")) {
                return true;
            }
        }
        return false;
    }

    /** Counts the codes of a term and its subterms: [0] disease and injury chapters (A-T), [1] the others. */
    private static void count(IndexTerm t, int[] counts) {
        String code = t.code();
        if (code != null && !code.isEmpty()) {
            char c = Character.toUpperCase(code.charAt(0));
            counts[c >= 'A' && c <= 'T' ? 0 : 1]++;
        }
        for (IndexTerm child : t.children()) {
            count(child, counts);
        }
    }
}
