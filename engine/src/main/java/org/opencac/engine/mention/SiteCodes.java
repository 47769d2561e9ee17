package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The site code for a code of an unstated site whose clause names the site, when the Index navigation
 * did not reach one: a neoplasm through the Table of Neoplasms (the site row the words near the mention spell,
 * in the column of the rejected code: malignant primary for C80.1, unspecified behaviour for D49.9), any
 * other code through the Tabular (the billable codes near the rejected one whose title names the site,
 * laterality read from the same clause). Finds nothing when no code, or more than one equally good
 * code, is found: the coder then asks for the site. A structure word ("artery", "bone") names no site in a
 * title search: "calcification of the artery" does not say which artery.
 */
public final class SiteCodes {
    /** Table of Neoplasms columns (as {@code IndexWalker} numbers them). */
    private static final int MALIGNANT_PRIMARY = 2;
    private static final int UNSPECIFIED_BEHAVIOUR = 7;
    private static final Set<String> SIDES = Set.of("left", "right", "bilateral");

    private final CodeSet codeSet;
    private final AlphabeticIndex index;
    private final Set<String> structureWords;
    /** Normalized title words per billable code looked at (bounded by the code set). */
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> titleWords =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** @param structureWords body parts that alone name no site ({@link TriggerVocabulary#structureWords()}) */
    public SiteCodes(CodeSet codeSet, AlphabeticIndex index, Set<String> structureWords) {
        this.codeSet = codeSet;
        this.index = index;
        this.structureWords = Set.copyOf(structureWords);
    }

    /**
     * What was found for a code of an unstated site.
     *
     * @param code the site code (a header resolves to a billable code in the Tabular later), or null if none
     * @param path how it was found, for the rationale ("" if none)
     * @param ties when no code was found because several fit equally, those codes (at most five), else empty
     */
    public record Resolution(String code, String path, List<String> ties) {
        public Resolution {
            ties = List.copyOf(ties);
        }

        public boolean found() {
            return code != null;
        }
    }

    private static final Resolution NONE = new Resolution(null, "", List.of());

    /** The site code for {@code unstated} given the named site words and the words around the mention. */
    public Resolution resolve(String unstated, Set<String> siteWords, Set<String> nearWords) {
        if (siteWords.isEmpty()) {
            return NONE;
        }
        if (unstated.startsWith("C80") || unstated.startsWith("D49")) {
            return neoplasm(unstated, siteWords, nearWords);
        }
        Set<String> named = new java.util.LinkedHashSet<>(siteWords);
        named.removeAll(structureWords);
        List<String> best = named.isEmpty() ? List.of() : tabular(unstated, named, nearWords);
        if (best.size() != 1) {
            return new Resolution(null, "", best.subList(0, Math.min(5, best.size())));
        }
        return new Resolution(best.get(0), "Tabular: " + unstated + " names no site; the clause names "
                + String.join(", ", new java.util.TreeSet<>(siteWords)) + " \u2192 " + best.get(0), List.of());
    }

    private Resolution neoplasm(String unstated, Set<String> siteWords, Set<String> nearWords) {
        int column = unstated.startsWith("C80") ? MALIGNANT_PRIMARY : UNSPECIFIED_BEHAVIOUR;
        List<String> steps = new ArrayList<>(List.of("Neoplasm"));
        IndexTerm at = index.neoplasmTable();
        String cell = null;
        for (int depth = 0; depth < 3 && at != null; depth++) {
            IndexTerm next = bestSite(at.children(), depth == 0 ? siteWords : nearWords, nearWords);
            if (next == null) {
                break;
            }
            at = next;
            steps.add(next.title());
            cell = next.cells().getOrDefault(column, cell);
        }
        if (cell == null) {
            return NONE;
        }
        String printed = cell.replaceAll("[-.]+$", "");
        CodeCarrier.Carried carried = index.carried(printed);
        String code = carried.code() != null ? carried.code() : printed;
        if (codeSet.get(code).isEmpty()) {
            return NONE;
        }
        return new Resolution(code, String.join(" \u2192 ", steps) + " (" + unstated
                + " names no site; the clause names it)", List.of());
    }

    /** The site row all of whose words the sentence has, taking a named site word; the longest, first on a tie. */
    private static IndexTerm bestSite(List<IndexTerm> rows, Set<String> required, Set<String> nearWords) {
        IndexTerm best = null;
        for (IndexTerm row : rows) {
            List<String> words = row.words();
            if (words.isEmpty() || !nearWords.containsAll(words) || words.stream().noneMatch(required::contains)) {
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
    private List<String> tabular(String unstated, Set<String> siteWords, Set<String> nearWords) {
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
            Set<String> condition = conditionWords(code);
            for (Code kid : kids) {
                if (kid.code().equals(unstated)) {
                    continue;
                }
                int score = score(kid, siteWords, nearWords);
                if (score > 0) {
                    // among the codes of the site, the one that keeps the condition's own words: an abscess of
                    // the left foot, not the furuncle or the carbuncle of the same site
                    score = score * TIE_BREAK + shared(kid, condition);
                }
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

    /** How far a site score outweighs the words a code shares with the condition (fewer than this). */
    private static final int TIE_BREAK = 16;

    /** The words of the unstated-site code's title that name the condition (not "unspecified", "site" ...). */
    private Set<String> conditionWords(Code unstated) {
        Set<String> words = new java.util.HashSet<>(TermNormalizer.words(unstated.title()));
        words.removeAll(GENERIC_TITLE_WORDS);
        return words;
    }

    private static final Set<String> GENERIC_TITLE_WORDS = Set.of("unspecified", "site", "region", "part", "other",
            "specified", "body", "of", "and", "or", "the", "in", "not", "elsewhere", "classified");

    private int shared(Code kid, Set<String> condition) {
        Set<String> title = titleWords.computeIfAbsent(kid.code(), k -> Set.copyOf(TermNormalizer.words(kid.title())));
        int n = 0;
        for (String w : condition) {
            if (title.contains(w)) {
                n++;
            }
        }
        return Math.min(n, TIE_BREAK - 1);
    }

    private int score(Code kid, Set<String> siteWords, Set<String> nearWords) {
        Set<String> title = titleWords.computeIfAbsent(kid.code(), k -> Set.copyOf(TermNormalizer.words(kid.title())));
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
            if (nearWords.contains(side)) {
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
