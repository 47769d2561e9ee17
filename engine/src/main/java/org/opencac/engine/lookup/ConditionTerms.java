package org.opencac.engine.lookup;

import java.util.List;
import java.util.Locale;
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
