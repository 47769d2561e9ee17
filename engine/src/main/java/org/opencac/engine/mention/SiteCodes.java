package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The site code for a code of an unstated site whose sentence names the site, when the Index navigation
 * did not reach one: a neoplasm through the Table of Neoplasms (the site row the sentence's words spell,
 * in the column of the rejected code: malignant primary for C80.1, unspecified behaviour for D49.9), any
 * other code through the Tabular (the billable codes near the rejected one whose title names the site,
 * laterality read from the same sentence). Returns nothing when no code, or more than one equally good
 * code, is found: the coder then asks for the site.
 */
public final class SiteCodes {
    /** Table of Neoplasms columns (as {@code IndexWalker} numbers them). */
    private static final int MALIGNANT_PRIMARY = 2;
    private static final int UNSPECIFIED_BEHAVIOUR = 7;
    private static final Set<String> SIDES = Set.of("left", "right", "bilateral");

    private final CodeSet codeSet;
    private final AlphabeticIndex index;

    public SiteCodes(CodeSet codeSet, AlphabeticIndex index) {
        this.codeSet = codeSet;
        this.index = index;
    }

    /**
     * A site code found for a code of an unstated site.
     *
     * @param code    the site code (a header resolves to a billable code in the Tabular later)
     * @param path    how it was found, for the rationale
     * @param options when none was found because several fit equally, those codes (else empty)
     */
    public record Found(String code, String path, List<String> options) {
        public Found {
            options = List.copyOf(options);
        }
    }

    /**
     * The site code for {@code unstated} given the named site words and every word of the sentence.
     *
     * @return a code, or empty (with the tied options, if any, in {@link #ties})
     */
    public Optional<Found> resolve(String unstated, Set<String> siteWords, Set<String> sentenceWords) {
        if (siteWords.isEmpty()) {
            return Optional.empty();
        }
        if (unstated.startsWith("C80") || unstated.startsWith("D49")) {
            return neoplasm(unstated, siteWords, sentenceWords);
        }
        List<String> best = tabular(unstated, siteWords, sentenceWords);
        if (best.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Found(best.get(0), "Tabular: " + unstated + " names no site; the sentence names "
                + String.join(", ", new java.util.TreeSet<>(siteWords)) + " \u2192 " + best.get(0), List.of()));
    }

    /** The codes that fit the named site equally well (more than one: the coder asks); empty if none fits. */
    public List<String> ties(String unstated, Set<String> siteWords, Set<String> sentenceWords) {
        if (siteWords.isEmpty() || unstated.startsWith("C80") || unstated.startsWith("D49")) {
            return List.of();
        }
        List<String> best = tabular(unstated, siteWords, sentenceWords);
        return best.size() > 1 ? best.subList(0, Math.min(5, best.size())) : List.of();
    }

    private Optional<Found> neoplasm(String unstated, Set<String> siteWords, Set<String> sentenceWords) {
        int column = unstated.startsWith("C80") ? MALIGNANT_PRIMARY : UNSPECIFIED_BEHAVIOUR;
        List<String> steps = new ArrayList<>(List.of("Neoplasm"));
        IndexTerm at = index.neoplasmTable();
        String cell = null;
        for (int depth = 0; depth < 3 && at != null; depth++) {
            IndexTerm next = bestSite(at.children(), depth == 0 ? siteWords : sentenceWords, sentenceWords);
            if (next == null) {
                break;
            }
            at = next;
            steps.add(next.title());
            cell = next.cells().getOrDefault(column, cell);
        }
        if (cell == null) {
            return Optional.empty();
        }
        String printed = cell.replaceAll("[-.]+$", "");
        CodeCarrier.Carried carried = index.carried(printed);
        String code = carried.code() != null ? carried.code() : printed;
        if (codeSet.get(code).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(code, String.join(" \u2192 ", steps) + " (" + unstated
                + " names no site; the sentence names it)", List.of()));
    }

    /** The site row all of whose words the sentence has, taking a named site word; the longest, first on a tie. */
    private static IndexTerm bestSite(List<IndexTerm> rows, Set<String> required, Set<String> sentenceWords) {
        IndexTerm best = null;
        for (IndexTerm row : rows) {
            List<String> words = row.words();
            if (words.isEmpty() || !sentenceWords.containsAll(words) || words.stream().noneMatch(required::contains)) {
                continue;
            }
            if (best == null || words.size() > best.words().size()) {
                best = row;
            }
        }
        return best;
    }

    /**
     * The best-fitting billable codes under the nearest ancestor of {@code unstated} that has a code
     * naming the site: each named site word in the title counts, a side the sentence writes counts, a
     * side it does not write counts against. Empty if no title names the site.
     */
    private List<String> tabular(String unstated, Set<String> siteWords, Set<String> sentenceWords) {
        Code code = codeSet.get(unstated).orElse(null);
        if (code == null) {
            return List.of();
        }
        for (Code ancestor : codeSet.ancestors(unstated)) {
            List<Code> kids = codeSet.billableDescendants(ancestor.code());
            if (kids.size() > 400) {
                break;
            }
            List<String> best = new ArrayList<>();
            int bestScore = 0;
            for (Code kid : kids) {
                if (kid.code().equals(unstated)) {
                    continue;
                }
                int score = score(kid, siteWords, sentenceWords);
                if (score > bestScore) {
                    best.clear();
                    bestScore = score;
                }
                if (score == bestScore && score > 0) {
                    best.add(kid.code());
                }
            }
            if (!best.isEmpty()) {
                return best;
            }
        }
        return List.of();
    }

    private static int score(Code kid, Set<String> siteWords, Set<String> sentenceWords) {
        Set<String> title = new HashSet<>(TermNormalizer.words(kid.title()));
        int sites = 0;
        for (String w : siteWords) {
            if (title.contains(w)) {
                sites++;
            }
        }
        if (sites == 0) {
            return 0;
        }
        int score = sites * 10;
        boolean sideWritten = false;
        for (String side : SIDES) {
            if (sentenceWords.contains(side)) {
                sideWritten = true;
                score += title.contains(side) ? 3 : 0;
            } else if (title.contains(side)) {
                score -= 5;
            }
        }
        if (!sideWritten && title.contains("unspecified")) {
            score += 1;
        }
        return Math.max(score, 1);
    }
}
