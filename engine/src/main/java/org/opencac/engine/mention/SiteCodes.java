package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.opencac.engine.DataFiles;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.CodeCarrier;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The site code for a code of an unstated site whose clause names the site, when the Index navigation
 * did not reach one: a neoplasm through the Table of Neoplasms (the site row the words near the mention spell,
 * in the column of the rejected code: malignant primary for C80.1, secondary for C79.9, in situ for D09.9, benign
 * for D36.9, uncertain behaviour for D48.9, unspecified behaviour for D49.9; a row with no cell of its own in that
 * column read through its cross-reference to another row: "colon, see also Neoplasm, intestine, large"), any
 * other code through the Tabular (the billable codes near the rejected one whose title names the site,
 * laterality read from the same clause). Finds nothing when no code, or more than one equally good
 * code, is found: the coder then asks for the site. A structure word ("artery", "bone") names no site in a
 * title search: "calcification of the artery" does not say which artery.
 */
public final class SiteCodes {
    /** Table of Neoplasms columns (as {@code IndexWalker} numbers them). */
    private static final int MALIGNANT_PRIMARY = 2;
    private static final int MALIGNANT_SECONDARY = 3;
    private static final int IN_SITU = 4;
    private static final int BENIGN = 5;
    private static final int UNCERTAIN_BEHAVIOUR = 6;
    private static final int UNSPECIFIED_BEHAVIOUR = 7;
    private static final Set<String> SIDES = Set.of("left", "right", "bilateral");

    private final CodeSet codeSet;
    private final AlphabeticIndex index;
    private final Set<String> structureWords;
    /** Normalized title words per billable code looked at (bounded by the code set). */
    private final ConcurrentHashMap<String, Set<String>> titleWords =
            new ConcurrentHashMap<>();

    /** @param structureWords body parts that alone name no site ({@link TriggerVocabulary#structureWords()}) */
    public SiteCodes(CodeSet codeSet, AlphabeticIndex index, Set<String> structureWords) {
        this(codeSet, index, structureWords, Map.of(), term -> List.of());
    }

    /**
     * @param equivalents note phrase key to the Index words it stands for (the navigation's {@code equivalent}
     *                    rows of several words: "lymph node" is the table's "lymph gland"), read when walking the
     *                    Table of Neoplasms
     * @param forms       the forms of one word an Index title lists, as the navigation reads them ("axilla,
     *                    axillary"; "lymph, lymphatic channel NEC" is lymph or lymphatic), empty for other titles
     */
    public SiteCodes(CodeSet codeSet, AlphabeticIndex index, Set<String> structureWords,
                     Map<String, List<String>> equivalents,
                     Function<IndexTerm, List<String>> forms) {
        this(codeSet, index, structureWords, equivalents, Map.of(), forms);
    }

    /**
     * @param siteWordEquivalents one word of a note to the Index words it stands for (the navigation's one-word
     *                            {@code equivalent} rows: "prostatic" is the table's "prostate"), read only for a
     *                            word already named as the site: a site adjective alone names its organ's row
     */
    public SiteCodes(CodeSet codeSet, AlphabeticIndex index, Set<String> structureWords,
                     Map<String, List<String>> equivalents,
                     Map<String, List<String>> siteWordEquivalents,
                     Function<IndexTerm, List<String>> forms) {
        this.siteWordEquivalents = Map.copyOf(siteWordEquivalents);
        this.codeSet = codeSet;
        this.index = index;
        this.structureWords = Set.copyOf(structureWords);
        List<Equivalent> phrases = new ArrayList<>();
        equivalents.forEach((phrase, indexWords) -> {
            List<String> words = TermNormalizer.words(phrase);
            if (!words.isEmpty()) {
                phrases.add(new Equivalent(words, indexWords));
            }
        });
        this.equivalents = List.copyOf(phrases);
        this.forms = forms;
    }

    /** A note phrase's words and the Index words it stands for, the phrase read once. */
    private record Equivalent(List<String> words, List<String> indexWords) {
    }

    private final List<Equivalent> equivalents;
    private final Map<String, List<String>> siteWordEquivalents;

    /** The site words with the Index words each stands for ("gastric": stomach), the same set if none. */
    private Set<String> withSiteWordEquivalents(Set<String> siteWords) {
        Set<String> out = null;
        for (String w : siteWords) {
            List<String> means = siteWordEquivalents.get(w);
            if (means != null && !siteWords.containsAll(means)) {
                if (out == null) {
                    out = new LinkedHashSet<>(siteWords);
                }
                out.addAll(means);
            }
        }
        return out == null ? siteWords : out;
    }
    private final Function<IndexTerm, List<String>> forms;

    /** The words with the Index words of each equivalent whose words they all hold ("lymph node": gland). */
    private Set<String> withEquivalents(Set<String> words) {
        Set<String> out = null;
        for (Equivalent e : equivalents) {
            if (words.containsAll(e.words()) && !words.containsAll(e.indexWords())) {
                if (out == null) {
                    out = new HashSet<>(words);
                }
                out.addAll(e.indexWords());
            }
        }
        return out == null ? words : out;
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
        int column = neoplasmColumn(unstated);
        if (column > 0) {
            return neoplasm(unstated, column, siteWords, nearWords);
        }
        Set<String> named = new LinkedHashSet<>(siteWords);
        named.removeAll(structureWords);
        List<String> best = named.isEmpty() ? List.of()
                : tabular(unstated, withTitleWords(named, nearWords, false), nearWords);
        if (best.isEmpty() && !named.isEmpty()) {
            // no title names the part itself: the region the part lies in ("foot": the lower limb of R22.4-)
            Set<String> region = withTitleWords(named, nearWords, true);
            if (region.size() > named.size()) {
                best = tabular(unstated, region, nearWords);
            }
        }
        if (best.size() != 1) {
            return new Resolution(null, "", best.subList(0, Math.min(5, best.size())));
        }
        return new Resolution(best.get(0), "Tabular: " + unstated + " names no site; the clause names "
                + String.join(", ", new TreeSet<>(siteWords)) + " \u2192 " + best.get(0), List.of());
    }

    private static final String STEP = " \u2192 ";

    /**
     * A note's site word, the words Tabular titles write for it, and the qualifiers near it that choose among them;
     * {@code part}: the word names a part within the region of the title words, read only where no title names
     * the part itself (a foot is in the lower limb, but an abscess of the foot has a code of its own).
     */
    private record TitleWords(List<String> words, Set<String> qualifiers, boolean part) {
    }

    /** {@code site_title_words.tsv}: a note's site word and the words the Tabular titles write for it ("leg": lower limb). */
    static final String TITLE_WORDS_FILE = "/org/opencac/engine/mention/site_title_words.tsv";
    private static final Map<String, TitleWords> TITLE_WORDS = titleWords();

    private static Map<String, TitleWords> titleWords() {
        Map<String, TitleWords> out = new HashMap<>();
        DataFiles.rows(TITLE_WORDS_FILE, "word\ttitle words\tqualifiers\tkind", (f, lineNo) -> {
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalStateException(TITLE_WORDS_FILE + " line " + lineNo
                        + ": word and title words expected");
            }
            Set<String> qualifiers = f.length < 3 || f[2].isBlank() ? Set.of() : Set.of(f[2].trim().split("\\|"));
            boolean part = f.length > 3 && f[3].trim().equals("part");
            if (f.length > 3 && !f[3].isBlank() && !part) {
                throw new IllegalStateException(TITLE_WORDS_FILE + " line " + lineNo + ": kind is empty or part");
            }
            out.put(f[0].trim(), new TitleWords(List.of(f[1].trim().split(" ")), qualifiers, part));
        });
        return Map.copyOf(out);
    }

    /** The site words with the title words each stands for, and the qualifiers of those written near the mention. */
    private static Set<String> withTitleWords(Set<String> siteWords, Set<String> nearWords, boolean parts) {
        Set<String> out = null;
        for (String w : siteWords) {
            TitleWords t = TITLE_WORDS.get(w);
            if (t == null || t.part() != parts) {
                continue;
            }
            if (out == null) {
                out = new LinkedHashSet<>(siteWords);
            }
            out.addAll(t.words());
            for (String q : t.qualifiers()) {
                if (nearWords.contains(q)) {
                    out.add(q);
                }
            }
        }
        return out == null ? siteWords : out;
    }

    /** The Index subterm of a condition said of one region of the body ("Edema, localized"). */
    private static final List<String> LOCALIZED = List.of("localized");
    /** Regions of the body surface that make a condition localized ({@link #localized}). */
    static final String REGIONS_FILE = "/org/opencac/engine/mention/localized_regions.txt";
    private static final Set<String> REGIONS = Set.copyOf(DataFiles.lines(REGIONS_FILE));

    /**
     * The code of the "localized" subterm of the Index main term that gives {@code unstated} ("Edema R60.9,
     * localized R60.0"; "Lymphadenopathy R59.9, localized R59.0"), for a clause that names a region of the body
     * surface ({@code localized_regions.txt}: a limb, the face, the genitals) where neither the Index nor the
     * Tabular has a code for that site: the condition is then one of a region, which is what the subterm codes.
     * NONE when the term's main term has no such subterm or the site named is no region (an organ, a tissue).
     *
     * @param termText the rejected term's text (a lexicon key or an Index path whose first step is the main term)
     */
    public Resolution localized(String unstated, String termText, Set<String> siteWords) {
        if (termText == null || termText.isBlank() || siteWords.stream().noneMatch(REGIONS::contains)) {
            return NONE;
        }
        for (IndexTerm term : mainTermsOf(unstated, termText)) {
            IndexTerm child = term.child(LOCALIZED);
            if (child == null || child.code() == null) {
                continue;
            }
            String code = InjuryFinder.stem(child.code());
            if (codeSet.get(code).isPresent() && !code.equals(unstated)) {
                return new Resolution(code, term.title() + STEP + child.title() + " (" + unstated
                        + " names no site; the clause names " + String.join(", ", new TreeSet<>(siteWords))
                        + ", a region with no code of its own)", List.of());
            }
        }
        return NONE;
    }

    /**
     * The Index main terms a term's text reads as ("Edema, edematous (infectious) -> ..." is "edema"), that
     * give {@code unstated} themselves.
     */
    private List<IndexTerm> mainTermsOf(String unstated, String termText) {
        // an Index path or title reads as its main term's first words ("Edema, edematous (infectious) -> ...")
        int end = termText.length();
        for (String stop : List.of(STEP, ",", "(")) {
            int at = termText.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        List<IndexTerm> out = new ArrayList<>();
        for (IndexTerm term : index.mainTerms(TermNormalizer.key(termText.substring(0, end)))) {
            if (term.code() != null && unstated.equals(InjuryFinder.stem(term.code()))) {
                out.add(term);
            }
        }
        return out;
    }

    /** Title words of an Index subterm that name no site ("mucous membrane NEC"). */
    private static final Set<String> NOT_SITE_WORDS = Set.of("nec", "nos");

    /**
     * {@code unstated} itself when the Index main term that gives it lists the named site as a subterm with that
     * same code ("Hemorrhage R58, retroperitoneal R58; intra-abdominal R58"): the Index files that site under
     * the main term's code, so the site is coded, not queried. NONE when no such subterm names only site words
     * of the clause (a subterm with another code is the navigation's, or {@link #resolve}'s, to read).
     *
     * @param termText  the rejected term's text (a lexicon key or an Index path whose first step is the main term)
     * @param siteWords the site words the clause names
     */
    public Resolution indexedUnderUnstated(String unstated, String termText, Set<String> siteWords) {
        if (termText == null || termText.isBlank() || siteWords.isEmpty()) {
            return NONE;
        }
        for (IndexTerm term : mainTermsOf(unstated, termText)) {
            for (IndexTerm child : term.children()) {
                if (child.code() == null || !unstated.equals(InjuryFinder.stem(child.code()))) {
                    continue;
                }
                // a structure word names no site ("Fracture, bone NEC T14.8": "bone" does not say which bone)
                List<String> words = child.words().stream().filter(w -> !NOT_SITE_WORDS.contains(w)).toList();
                if (!words.isEmpty() && words.stream().noneMatch(structureWords::contains)
                        && siteWords.containsAll(words)) {
                    return new Resolution(unstated, term.title() + STEP + child.title() + " (the Index files the"
                            + " site the clause names under " + unstated + ")", List.of());
                }
            }
        }
        return NONE;
    }

    /**
     * The code of the site subterm of the term an Index path ("Fibrocystic \u2192 disease \u2192 see Fibrosis,
     * cystic") left by a cross-reference (the term's subterm "breast, see Mastopathy, cystic" gives N60.1), the
     * subterm's title being all site words; NONE when the path followed no cross-reference or no subterm fits.
     */
    public Resolution siteSubterm(String indexPath, Set<String> siteWords) {
        if (siteWords.isEmpty()) {
            return NONE;
        }
        int see = indexPath.indexOf(STEP + "see ");
        if (see < 0) {
            return NONE;
        }
        String[] titles = indexPath.substring(0, see).split(STEP);
        List<IndexTerm> path = index.follow(String.join(",", titles));
        if (path.isEmpty() || path.size() != titles.length) {
            return NONE;
        }
        IndexTerm at = path.get(path.size() - 1);
        for (IndexTerm child : at.children()) {
            if (child.words().isEmpty() || !siteWords.containsAll(child.words())) {
                continue;
            }
            IndexTerm coded = child;
            List<String> steps = new ArrayList<>();
            for (IndexTerm t : path) {
                steps.add(t.title());
            }
            steps.add(child.title());
            if (coded.code() == null && !child.see().isEmpty()) {
                List<IndexTerm> to = index.follow(child.see().get(0));
                coded = to.isEmpty() ? null : to.get(to.size() - 1);
                steps.add("see " + child.see().get(0));
            }
            if (coded == null || coded.code() == null) {
                continue;
            }
            String printed = InjuryFinder.stem(coded.code());
            CodeCarrier.Carried carried = index.carried(printed);
            String code = carried.code() != null ? carried.code() : printed;
            if (codeSet.get(code).isPresent()) {
                return new Resolution(code, String.join(STEP, steps) + " (the sentence names the site)", List.of());
            }
        }
        return NONE;
    }

    /** Whether the code is a neoplasm of no stated site, whose site the Table of Neoplasms gives. */
    static boolean neoplasmOfNoSite(String code) {
        return neoplasmColumn(code) > 0;
    }

    /** The Table of Neoplasms column of a neoplasm code of no stated site, or 0 for another code. */
    private static int neoplasmColumn(String unstated) {
        if (unstated.startsWith("C80")) {
            return MALIGNANT_PRIMARY;
        }
        if (unstated.startsWith("C79.9")) {
            return MALIGNANT_SECONDARY;
        }
        if (unstated.startsWith("D09.9")) {
            return IN_SITU;
        }
        if (unstated.startsWith("D36.9")) {
            return BENIGN;
        }
        if (unstated.startsWith("D48.9")) {
            return UNCERTAIN_BEHAVIOUR;
        }
        return unstated.startsWith("D49") ? UNSPECIFIED_BEHAVIOUR : 0;
    }

    private Resolution neoplasm(String unstated, int column, Set<String> siteWords, Set<String> nearWords) {
        List<String> steps = new ArrayList<>(List.of("Neoplasm"));
        // a site named by its adjective ("prostatic", "gastric") names the organ's row; the organ is near too
        Set<String> organs = withSiteWordEquivalents(siteWords);
        if (organs != siteWords) {
            Set<String> near = new HashSet<>(nearWords);
            near.addAll(organs);
            siteWords = organs;
            nearWords = near;
        }
        siteWords = withEquivalents(siteWords);
        nearWords = withEquivalents(nearWords);
        IndexTerm at = index.neoplasmTable();
        String cell = null;
        boolean jumped = false;
        for (int depth = 0; depth < 3 && at != null; depth++) {
            IndexTerm next = bestSite(at.children(), depth == 0 ? siteWords : nearWords, nearWords);
            if (next == null) {
                break;
            }
            at = next;
            steps.add(next.title());
            // the row's own cell: a row without one in this column ("lymph gland" has no primary malignant
            // cell) does not take its parent's ("lymph, lymphatic channel NEC" is a channel, not a node)
            cell = next.cells().get(column);
            if (cell == null && !jumped) {
                // a row with no cell of its own in this column but a cross-reference to another row of the
                // table ("colon, see also Neoplasm, intestine, large"; "bowel, see Neoplasm, intestine") takes
                // the referenced row's cells, and its subrows are read on ("colon, right" there)
                TableReference ref = tableReference(next);
                if (ref != null) {
                    jumped = true;
                    at = ref.row();
                    steps.add(ref.step());
                    cell = at.cells().get(column);
                } else if (depth == 0) {
                    cell = twinCell(next, column);
                }
            }
        }
        if (cell == null) {
            return NONE;
        }
        String printed = InjuryFinder.stem(cell);
        CodeCarrier.Carried carried = index.carried(printed);
        String code = carried.code() != null ? carried.code() : printed;
        if (codeSet.get(code).isEmpty()) {
            return NONE;
        }
        return new Resolution(code, String.join(" \u2192 ", steps) + " (" + unstated
                + " names no site; the clause names it)", List.of());
    }

    /**
     * The cell in this column of the table's other row of the same site, for a main row that has none: a site the
     * table lists twice, as a row of its own and under the tissue it is of, with the same primary malignant cell
     * ("femur" and "bone, femur", both C40.2-), is one site, and a column left empty in one row is read in the
     * other (secondary: C79.51); null when no such row has the cell.
     */
    private String twinCell(IndexTerm row, int column) {
        String primary = row.cells().get(MALIGNANT_PRIMARY);
        if (primary == null) {
            return null;
        }
        for (IndexTerm main : index.neoplasmTable().children()) {
            if (main == row) {
                continue;
            }
            for (IndexTerm sub : main.children()) {
                if (sub.title().equals(row.title()) && sub.modifiers().equals(row.modifiers())
                        && primary.equals(sub.cells().get(MALIGNANT_PRIMARY)) && sub.cells().get(column) != null) {
                    return sub.cells().get(column);
                }
            }
        }
        return null;
    }

    /** A row of the Table of Neoplasms a cross-reference leads to, and the step that reads it ("see also ..."). */
    private record TableReference(IndexTerm row, String step) {
    }

    /** Where each cross-reference of the table leads ({@link #tableRow}): a closed set, read once each. */
    private final ConcurrentHashMap<String, Optional<IndexTerm>> tableRows =
            new ConcurrentHashMap<>();

    /** The first of the row's "see" then "see also" references that names another row of the table, or null. */
    private TableReference tableReference(IndexTerm row) {
        TableReference see = tableReference(row, row.see(), "see ");
        return see != null ? see : tableReference(row, row.seeAlso(), "see also ");
    }

    private TableReference tableReference(IndexTerm row, List<String> refs, String kind) {
        for (String ref : refs) {
            IndexTerm to = tableRows.computeIfAbsent(ref, this::tableRow).orElse(null);
            if (to != null && to != row) {
                return new TableReference(to, kind + ref);
            }
        }
        return null;
    }

    /**
     * The table row a reference "Neoplasm, intestine, large" names, each part after the first a row below the last
     * (by its words, or one of the forms of a title that lists them: "intestine, intestinal"); empty for a reference
     * out of the table ("Mesothelioma"), one that names no row ("Neoplasm, skin, by site" reads as its site row) or
     * a part no row has.
     */
    private Optional<IndexTerm> tableRow(String ref) {
        String[] parts = ref.split(",");
        if (parts.length < 2 || !TermNormalizer.words(parts[0]).equals(List.of("neoplasm"))) {
            return Optional.empty();
        }
        IndexTerm at = index.neoplasmTable();
        for (int k = 1; k < parts.length && at != null; k++) {
            List<String> words = TermNormalizer.words(parts[k]);
            if (parts[k].contains("by site") || words.isEmpty()) {
                continue;
            }
            at = at.childByForm(words);
        }
        return at == null || at == index.neoplasmTable() ? Optional.empty() : Optional.of(at);
    }

    /** The site row all of whose words the sentence has, taking a named site word; the longest, first on a tie. */
    private IndexTerm bestSite(List<IndexTerm> rows, Set<String> required, Set<String> nearWords) {
        IndexTerm best = null;
        int bestSize = 0;
        for (IndexTerm row : rows) {
            int size = reach(row, required, nearWords, 0);
            if (size > bestSize) {
                best = row;
                bestSize = size;
            }
        }
        return best;
    }

    /** Rows below the first that a site is read through (as {@link #neoplasm} walks them). */
    private static final int SITE_DEPTH = 3;

    /**
     * The words the row and the best path of rows below it spell (0: the row none): a coder reads "lymph node,
     * axillary" as lymph, gland, axilla rather than the soft-tissue row "axilla", and "lung, lower lobe" as lung,
     * lower lobe rather than the row "lingula, lung".
     */
    private int reach(IndexTerm row, Set<String> required, Set<String> nearWords, int depth) {
        int size = matched(row, required, nearWords);
        if (size == 0 || depth + 1 >= SITE_DEPTH) {
            return size;
        }
        int below = 0;
        for (IndexTerm child : row.children()) {
            below = Math.max(below, reach(child, nearWords, nearWords, depth + 1));
        }
        return size + below;
    }

    /**
     * How many words of the row's title the words spell (0: none): all of its words, or, for a title listing
     * forms of one word ("axilla, axillary", "lymph, lymphatic channel NEC"), one of those forms (as the Index
     * navigation reads them; "follicle, nabothian" is no such title).
     */
    private int matched(IndexTerm row, Set<String> required, Set<String> nearWords) {
        List<String> words = row.words();
        if (words.isEmpty()) {
            return 0;
        }
        if (nearWords.containsAll(words) && words.stream().anyMatch(required::contains)) {
            return words.size();
        }
        if (row.title().indexOf(',') < 0) {
            return 0;
        }
        for (String form : forms.apply(row)) {
            if (nearWords.contains(form) && required.contains(form)) {
                return 1;
            }
        }
        return 0;
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
                    // the left foot, not the furuncle or the carbuncle of the same site; only then the one leaving
                    // the rest unstated, so an "unspecified" of another axis ("unspecified size" of an annulus
                    // defect) never outweighs a code naming the condition itself (a disc displacement)
                    score = (score * TIE_BREAK + shared(kid, condition)) * 2 + unstatedBonus(kid, nearWords);
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
        Set<String> words = new HashSet<>(TermNormalizer.words(unstated.title()));
        words.removeAll(GENERIC_TITLE_WORDS);
        return words;
    }

    /** {@code unstated_site_title_words.txt}: the words of an unstated-site code's title that name no condition. */
    static final String GENERIC_TITLE_WORDS_FILE = "/org/opencac/engine/mention/unstated_site_title_words.txt";
    private static final Set<String> GENERIC_TITLE_WORDS = Set.copyOf(DataFiles.lines(GENERIC_TITLE_WORDS_FILE));

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
        return Math.max(score, 1);
    }

    /** 1 for a code saying "unspecified" when the clause writes no side (it leaves unstated what the note does), else 0. */
    private int unstatedBonus(Code kid, Set<String> nearWords) {
        if (SIDES.stream().anyMatch(nearWords::contains)) {
            return 0;
        }
        Set<String> title = titleWords.computeIfAbsent(kid.code(), k -> Set.copyOf(TermNormalizer.words(kid.title())));
        return title.contains("unspecified") ? 1 : 0;
    }
}
