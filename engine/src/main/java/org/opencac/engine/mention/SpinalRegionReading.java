package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Lexicon;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Spinal levels name their region: "L4-5" is lumbar, "C5-C6" cervical, "L5-S1" lumbosacral. Notes write the
 * level where the Index and the code titles print the region, so a dictionary mention with no region word
 * whose neighbouring words name levels of one region is read as the region's own lexicon term: "disc
 * herniation at L4-5" as "lumbar disc herniation" (M51.26), "spinal stenosis at C5-C6" as "cervical spinal
 * stenosis". The regions and the junctions of two (data: {@code spinal_regions.tsv}) are read only when the
 * levels near the mention belong to one region or to the two sides of one junction; otherwise the mention is
 * left as found (the site rule then asks for the region). A region word written beside the junction levels of its
 * region names the junction ("lumbar disc herniation at L5-S1" is the lumbosacral disc, M51.27). Where the Tabular codes the level itself ("Other
 * cervical disc displacement at C5-C6 level"), one level written near the mention takes that code; a level the
 * titles code to a part of the region (C2-C3 and C3-C4, "high cervical region": {@code level_region} rows) takes
 * the code of that part.
 *
 * <p>A finding word the dictionary has no term for ("stenosis", found later as a finding) is read the same way
 * by {@link #forFindings}: written at a level in the diagnostic statement, it is a finding of the spine, so
 * "C5-C6 stenosis" is the region's "cervical stenosis" (M48.02), as a coder reads it. Only readings of the
 * spine's own codes are taken ({@code spine_codes} rows: the dorsopathies, M40-M54); a finding word read so
 * elsewhere ("cervical polyp" is
 * of the cervix) is left as found.
 */
public final class SpinalRegionReading implements Stage {
    public static final String REGIONS = "/org/opencac/engine/mention/spinal_regions.tsv";
    /** Words either side of the mention within which a level is read as its site. */
    private static final int WINDOW = 8;

    /** A region letter's levels (first to last) and the region word. */
    record Region(char letter, int first, int last, String word) {
    }

    private final Lexicon lexicon;
    private final WordForms forms;
    private final CodeSet codeSet;
    private final List<Region> regions;
    private final Map<String, String> junctions;
    /** Two adjacent levels ("C3-C4") to the part of a region the titles code their disc to ("high cervical region"). */
    private final Map<String, String> levelRegions;
    private final Set<String> regionWords;
    /** Code ranges [first, last] (three-character categories) a finding read at a level must fall in. */
    private final List<String[]> spineCodes;
    /** Code ranges [first, last] (categories) whose mentions with no level near them take the note's one region. */
    private final List<String[]> noteCodes;
    /**
     * Code ranges [first, last] (categories) of conditions that extend along the spine (a curvature): written as a
     * span of levels from one region into the next ("T3 to L5"), they lie in the junction region the titles print
     * for both ("thoracolumbar region").
     */
    private final List<String[]> spanCodes;
    /** The words that name an intervertebral disc ("disc", "disk"): a level written beside one is a disc's. */
    private final Set<String> discWords;
    /** True for the reading of findings (mentions with no term), false for dictionary mentions. */
    private final boolean findings;
    /**
     * True for the reading of the Index's paths: only a code of the spine at "site unspecified" is read, at the
     * sibling of its region ({@link #forIndexPaths}).
     */
    private final boolean sitesOnly;
    /** For findings: the sections of the diagnostic statement, the only ones where a finding is read. */
    private final Set<SectionType> statement;

    SpinalRegionReading(Lexicon lexicon, WordForms forms, CodeSet codeSet, List<Region> regions,
                        Map<String, String> junctions, Map<String, String> levelRegions, Set<String> discWords,
                        List<String[]> spineCodes,
                        List<String[]> noteCodes, List<String[]> spanCodes, boolean findings,
                        Set<SectionType> statement) {
        this(lexicon, forms, codeSet, regions, junctions, levelRegions, discWords, spineCodes, noteCodes, spanCodes,
                findings, statement, false);
    }

    private SpinalRegionReading(Lexicon lexicon, WordForms forms, CodeSet codeSet, List<Region> regions,
                        Map<String, String> junctions, Map<String, String> levelRegions, Set<String> discWords,
                        List<String[]> spineCodes,
                        List<String[]> noteCodes, List<String[]> spanCodes, boolean findings,
                        Set<SectionType> statement, boolean sitesOnly) {
        this.sitesOnly = sitesOnly;
        this.lexicon = lexicon;
        this.forms = forms;
        this.codeSet = codeSet;
        this.regions = List.copyOf(regions);
        this.junctions = Map.copyOf(junctions);
        this.levelRegions = Map.copyOf(levelRegions);
        this.discWords = Set.copyOf(discWords);
        this.spineCodes = List.copyOf(spineCodes);
        this.noteCodes = List.copyOf(noteCodes);
        this.spanCodes = List.copyOf(spanCodes);
        this.findings = findings;
        this.statement = Set.copyOf(statement);
        Set<String> words = new HashSet<>(junctions.values());
        regions.forEach(r -> words.add(r.word()));
        this.regionWords = Set.copyOf(words);
    }

    /** With the bundled regions and junctions. */
    public static SpinalRegionReading standard(Lexicon lexicon, WordForms forms, CodeSet codeSet) {
        List<Region> regions = new ArrayList<>();
        Map<String, String> junctions = new HashMap<>();
        Map<String, String> levelRegions = new HashMap<>();
        Set<String> discWords = new HashSet<>();
        List<String[]> spineCodes = new ArrayList<>();
        List<String[]> noteCodes = new ArrayList<>();
        List<String[]> spanCodes = new ArrayList<>();
        Map<String, Consumer<String[]>> readers = new HashMap<>();
        readers.put("region", row(f -> {
            int from = levelNumber(f[0]);
            int to = levelNumber(f[1]);
            if (from < 0 || to < 0 || f[0].charAt(0) != f[1].charAt(0)) {
                throw new IllegalArgumentException(REGIONS + ": not a range of levels: " + String.join(" ", f));
            }
            regions.add(new Region(f[0].charAt(0), from, to, f[2]));
        }));
        readers.put("junction", row(f -> junctions.put(f[0] + " " + f[1], f[2])));
        readers.put("level_region", row(f -> {
            if (levelNumber(f[0]) < 0 || levelNumber(f[1]) < 0) {
                throw new IllegalArgumentException(REGIONS + ": not two levels: " + String.join(" ", f));
            }
            levelRegions.put(pairTitle(f[0], f[1]), f[2]);
        }));
        readers.put("disc_word", row(f -> discWords.add(f[2])));
        readers.put("spine_codes", row(f -> spineCodes.add(categories(f))));
        readers.put("note_codes", row(f -> noteCodes.add(categories(f))));
        readers.put("span_codes", row(f -> spanCodes.add(categories(f))));
        DataFiles.kindRows(REGIONS, readers);
        return new SpinalRegionReading(lexicon, forms, codeSet, regions, junctions, levelRegions, discWords, spineCodes,
                noteCodes, spanCodes, false, Set.of());
    }

    /** A reader of a row's values a, b and word, given them only when all three are there. */
    private static Consumer<String[]> row(Consumer<String[]> reader) {
        return values -> {
            if (values.length < 3) {
                throw new IllegalArgumentException(REGIONS + ": expected kind, a, b, word: " + String.join(" ", values));
            }
            reader.accept(values);
        };
    }

    /** A row's range of categories [a, b], checked. */
    private static String[] categories(String[] f) {
        if (f[0].length() != 3 || f[1].length() != 3 || f[0].compareTo(f[1]) > 0) {
            throw new IllegalArgumentException(REGIONS + ": not a range of categories: " + String.join(" ", f));
        }
        return new String[] {f[0], f[1]};
    }

    /**
     * The same reading for findings: a condition word no dictionary term covers ({@link Mention#isFinding()}),
     * written at a spinal level in the provider's diagnostic statement, read as its region's term when that
     * term codes the spine. Elsewhere a finding at a level is mostly what a study showed ("the myelogram showed
     * stenosis at L3-L4"), which the statement may not take up (Guidelines III.B). Runs after the findings are
     * found.
     *
     * @param statement the sections of the diagnostic statement (assessment, impression, diagnoses)
     */
    public SpinalRegionReading forFindings(Set<SectionType> statement) {
        return new SpinalRegionReading(lexicon, forms, codeSet, regions, junctions, levelRegions, discWords, spineCodes,
                noteCodes, spanCodes, true, statement);
    }

    /**
     * The same reading for the mentions the Index's paths find after the dictionary ("spondylosis with
     * radiculopathy": Spondylosis, with, radiculopathy M47.20): a path ending at a code of the spine at "site
     * unspecified" is read at the sibling of the region its levels name; the path's words are already the Index's,
     * so no region term is looked up for them. Runs after the paths are found.
     */
    public SpinalRegionReading forIndexPaths() {
        return new SpinalRegionReading(lexicon, forms, codeSet, regions, junctions, levelRegions, discWords, spineCodes,
                noteCodes, spanCodes, false, Set.of(), true);
    }

    @Override
    public Document process(Document doc) {
        // most notes name no spinal level: find the sentences that do in one pass over the tokens
        BitSet withLevels = new BitSet();
        for (Token t : doc.tokens()) {
            if (levelNumber(t.norm()) >= 0 || joinedPair(t.norm()) != null) {
                withLevels.set(t.sentenceIndex());
            }
        }
        if (withLevels.isEmpty()) {
            return doc;
        }
        NoteLevels note = findings || sitesOnly ? null : noteLevels(doc);
        List<Mention> out = null;
        for (int i = 0; i < doc.mentions().size(); i++) {
            Mention m = doc.mentions().get(i);
            if (!withLevels.get(m.sentenceIndex()) && note == null) {
                continue;
            }
            Mention read = read(doc, m, note);
            if (read != m) {
                if (out == null) {
                    out = new ArrayList<>(doc.mentions());
                }
                out.set(i, read);
            }
        }
        return out == null ? doc : doc.withMentions(out);
    }

    /**
     * The number of a level written as a token's normalized word: a vertebra or the root below it, a region
     * letter and one or two digits ("l4" 4, "c5" 5, "t12" 12, "s1" 1); -1 for any other word.
     */
    static int levelNumber(String norm) {
        int n = norm.length();
        if (n < 2 || n > 3 || "ctls".indexOf(norm.charAt(0)) < 0) {
            return -1;
        }
        return number(norm, 1);
    }

    /**
     * Whether a normalized word may write a spinal level or a joined pair of levels: both open with a region's
     * letter and a digit ({@link #levelNumber}, {@link #joinedPair}), so a word whose second character is no digit
     * writes none and is passed over before either is asked (most words of a note).
     */
    private static boolean mayWriteLevel(String norm) {
        return norm.length() >= 2 && Character.isDigit(norm.charAt(1));
    }

    /** One or two ASCII digits as a number, else -1. */
    private static int number(String s) {
        return number(s, 0);
    }

    /** The one or two ASCII digits of {@code s} from {@code from} to its end as a number, else -1. */
    private static int number(String s, int from) {
        int n = s.length() - from;
        if (n < 1 || n > 2) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * The two levels of a pair of adjacent levels written joined, without its hyphen ("l5s1" the L5-S1 disc, "c5c6",
     * "l45" the L4-5 disc): two levels of one region a level apart, or the two sides of a junction; null for any other
     * word ("t12" is the level T12, "l5s3" no pair).
     */
    String[] joinedPair(String norm) {
        int n = norm.length();
        if (n < 3 || n > 6 || !Character.isDigit(norm.charAt(1))) {
            return null;   // a level opens with its region's letter and a digit: most words are read no further
        }
        if (n == 3 && regionOf(norm) == null && levelNumber(norm) >= 0) {
            // "l45": no level of the region, but its two digits are two of its levels one apart (L4-5)
            String upper = norm.substring(0, 2);
            String lower = norm.charAt(0) + norm.substring(2);
            Region a = regionOf(upper);
            return a != null && a.equals(regionOf(lower)) && levelNumber(lower) == levelNumber(upper) + 1
                    ? new String[] {upper, lower} : null;
        }
        if (n < 4 || n > 6 || "ctls".indexOf(norm.charAt(0)) < 0) {
            return null;
        }
        for (int k = 2; k <= 3 && k < n; k++) {
            if ("ctls".indexOf(norm.charAt(k)) < 0) {
                continue;
            }
            String upper = norm.substring(0, k);
            String lower = norm.substring(k);
            Region a = regionOf(upper);
            Region b = regionOf(lower);
            if (a == null || b == null) {
                return null;
            }
            boolean adjacent = a.equals(b) && levelNumber(lower) == levelNumber(upper) + 1
                    || junctions.containsKey(upper + " " + lower);
            return adjacent ? new String[] {upper, lower} : null;
        }
        return null;
    }

    /** The levels a token writes: one level ("l5"), the two of a joined pair ("l5s1"), or none. */
    private List<String> levelsOf(String norm) {
        String[] pair = joinedPair(norm);
        if (pair != null) {
            return List.of(pair);
        }
        return levelNumber(norm) >= 0 ? List.of(norm) : List.of();
    }

    /**
     * The tokens [from, to) read around a mention: up to {@link #WINDOW} words either side, in its sentence; from
     * the sentence's start when it opens with a level written as a label ("L2-3: There is mild loss of disc height,
     * facet arthrosis and a disc protrusion"), as an imaging report heads each level's findings.
     */
    private static int[] window(Document doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentenceIndex());
        int from = opensWithLevelLabel(doc, s) ? s.firstToken() : Math.max(s.firstToken(), m.firstToken() - WINDOW);
        // a list of levels the window's edge cuts ("L4-L5 and L5-S1") is read whole: the list names one site
        while (from > s.firstToken() && inLevelList(doc.tokens().get(from))
                && inLevelList(doc.tokens().get(from - 1))) {
            from--;
        }
        int to = Math.min(s.endToken(), m.endToken() + WINDOW);
        // and so is one the window's end cuts ("C5-C6 and C6-C7"), as its start
        while (to < s.endToken() && inLevelList(doc.tokens().get(to)) && inLevelList(doc.tokens().get(to - 1))) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Words a written list of levels is made of: a level, the number after a hyphen ("L4-5"), "-", "and", ",". */
    private static boolean inLevelList(Token t) {
        String w = t.text();
        return levelNumber(t.norm()) >= 0 || number(t.norm()) >= 0 || w.equals("-") || w.equals(",")
                || w.equalsIgnoreCase("and");
    }

    /** Whether the sentence's first words are a level or a pair of levels followed by a colon ("L4-5:", "C6:"). */
    static boolean opensWithLevelLabel(Document doc, Sentence s) {
        int i = s.firstToken();
        int end = s.endToken();
        if (i >= end || levelNumber(doc.tokens().get(i).norm()) < 0) {
            return false;
        }
        i++;
        if (i + 1 < end && doc.tokens().get(i).text().equals("-")) {
            String next = doc.tokens().get(i + 1).norm();
            if (levelNumber(next) < 0 && number(next) < 0) {
                return false;
            }
            i += 2;
        }
        return i < end && doc.tokens().get(i).text().equals(":");
    }

    /**
     * @param note the one region (and pair of levels) all the levels of the note name, or null: read for a
     *             mention coded to the spine at no site with no level written near it
     */
    private Mention read(Document doc, Mention m, NoteLevels note) {
        if (findings ? !m.isFinding()
                || !statement.contains(doc.sectionOf(doc.sentences().get(m.sentenceIndex())).type())
                : m.terms().isEmpty()) {
            return m;
        }
        if (sitesOnly && !allAtSiteUnspecified(m.terms())) {
            return m;   // the Index-path pass reads only the terms it can move to a region's sibling
        }
        List<String> words = TermNormalizer.words(m.text());
        int[] near = window(doc, m);
        String region = region(doc, near[0], near[1]);
        String level = levelPair(doc, near[0], near[1]);
        if (level == null) {
            // several discs of one region written beside it ("C5-C6, C6-C7 and C4-C5"): a code that names the level
            // takes the most superior one (Tabular note at M50: code to the most superior level of disorder)
            level = mostSuperiorPair(doc, near[0], near[1]);
        } else {
            // another disc of the region written elsewhere in the section ("a second disc at C3-C4" in the next
            // sentence of the impression) is the same disorder at several levels: the most superior level is coded
            level = sectionSuperiorDisc(doc, m, level);
        }
        if (region == null && within(spanCodes, m.terms())) {
            // a curvature written from a level of one region to a level of the next ("T3 to L5") lies in both:
            // the titles print the junction region for it (thoracolumbar)
            region = spanRegion(doc, near[0], near[1]);
            level = null;
        }
        boolean noteWide = false;
        if (region == null && note != null && !hasLevel(doc, near[0], near[1]) && within(noteCodes, m.terms())
                && words.stream().noneMatch(regionWords::contains)) {
            // no level near it, but every level of the note names one region: an operative note or a spine
            // study heads its levels once ("L5-S1" in the diagnosis) and names the condition again without them
            region = note.region();
            level = note.pair();
            noteWide = true;
        }
        if (region == null) {
            return m;
        }
        String written = words.stream().filter(regionWords::contains).findFirst().orElse(null);
        if (written != null) {
            // a region word written beside the junction levels of its region ("lumbar disc herniation at L5-S1")
            // names the junction: the L5-S1 disc is the lumbosacral disc; any other region word is read as written
            if (!sideOf(written, region)) {
                // the region word of the levels' own region ("cervical disc herniation at C6-C7"): its term is that
                // region's already, and a code whose siblings name the level takes the level written
                return written.equals(region) && level != null ? atLevels(m, level) : m;
            }
            words = words.stream().filter(w -> !w.equals(written)).toList();
            if (words.isEmpty()) {
                return m;
            }
        }
        // the Index-path pass looks up no region term (its paths' words are already the Index's)
        List<Term> found = sitesOnly ? List.of() : regionTerms(words, m.terms(), region);
        if (found.isEmpty()) {
            found = unspecifiedSite(m.terms(), region);
        }
        if (found.isEmpty()) {
            return m;
        }
        List<Term> terms = new ArrayList<>();
        for (Term t : found) {
            if (noteWide && level == null && note.levels() && codedByLevel(t.code())) {
                return m;   // the note writes several levels of a region whose codes name the level: which is unknown
            }
            String atLevel = level == null ? null : atLevel(t.code(), level);
            terms.add(atLevel == null
                    ? new Term(t.text() + " (the spinal level names the " + region + " region)", t.code(), t.source())
                    : new Term(t.text() + " (at the " + level + " level)", atLevel, t.source()));
        }
        return m.withTerms(terms, List.of());
    }

    /**
     * The region's lexicon terms for a mention's words: the words as written, as their lexicon forms ("disk" read as
     * "disc"), then the terms they matched, each with the region word before or after it ("cervical disc
     * herniation"); empty if none is the region's.
     */
    private List<Term> regionTerms(List<String> words, List<Term> matched, String region) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(String.join(" ", words));
        keys.add(String.join(" ", words.stream().map(w -> Objects.requireNonNullElse(forms.base(w), w)).toList()));
        for (Term t : matched) {
            keys.add(TermNormalizer.key(t.text()));
        }
        for (String key : keys) {
            List<Term> found = spine(lexicon.lookup(region + " " + key));
            if (found.isEmpty()) {
                found = spine(lexicon.lookup(key + " " + region));
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The mention with each term whose code has a sibling titled at the level moved to it; else the mention. */
    private Mention atLevels(Mention m, String level) {
        List<Term> terms = new ArrayList<>();
        boolean moved = false;
        for (Term t : m.terms()) {
            String atLevel = atLevel(t.code(), level);
            moved |= atLevel != null && !atLevel.equals(t.code());
            terms.add(atLevel == null ? t : new Term(t.text() + " (at the " + level + " level)", atLevel, t.source()));
        }
        return moved ? m.withTerms(terms, List.of()) : m;
    }

    /**
     * The mention's terms read at the region where the lexicon has no region term for them: a term coded to the
     * spine's "site unspecified" code of a family the Tabular subdivides by region (M47.20 "Other spondylosis
     * with radiculopathy, site unspecified"; Index: Spondylosis, with, radiculopathy, lumbosacral region M47.27)
     * takes the sibling whose title ends with the region ("..., lumbosacral region"); empty unless every term has
     * one.
     */
    private List<Term> unspecifiedSite(List<Term> terms, String region) {
        if (!allAtSiteUnspecified(terms)) {
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            Code c = codeSet.get(t.code()).orElseThrow();
            String sited = titled(c.parent(), title -> title.endsWith(", " + region + " region"));
            if (sited == null) {
                return List.of();
            }
            out.add(new Term(t.text(), sited, t.source()));
        }
        return out;
    }

    /** Whether every term codes the spine at "site unspecified" of a family with a parent ({@link #unspecifiedSite}). */
    private boolean allAtSiteUnspecified(List<Term> terms) {
        for (Term t : terms) {
            Code c = codeSet.get(t.code()).orElse(null);
            if (c == null || c.parent() == null || !c.title().endsWith(", site unspecified")
                    || !within(spineCodes, List.of(t))) {
                return false;
            }
        }
        return true;
    }

    /** The terms as found; for a finding, only those coding the spine (none if any other is among them). */
    private List<Term> spine(List<Term> found) {
        if (!findings) {
            return found;
        }
        for (Term t : found) {
            String category = t.code().length() < 3 ? t.code() : t.code().substring(0, 3);
            if (spineCodes.stream().noneMatch(r -> category.compareTo(r[0]) >= 0 && category.compareTo(r[1]) <= 0)) {
                return List.of();
            }
        }
        return found;
    }

    /**
     * The code at one level written near the mention ("C5-C6"), found among the billable codes beside {@code code}
     * whose title names that level, or, for a level the titles code to a part of a region ("C3-C4", high cervical),
     * whose title ends with that part; null if none does.
     */
    private String atLevel(String code, String level) {
        Code c = codeSet.get(code).orElse(null);
        if (c == null || c.parent() == null) {
            return null;
        }
        String out = titled(c.parent(), t -> t.contains(" at " + level + " level"));
        String part = levelRegions.get(level);
        return out != null || part == null ? out : titled(c.parent(), t -> t.endsWith(", " + part));
    }

    /** The one billable code under {@code parent} whose title passes, or null if none or several do. */
    private String titled(String parent, Predicate<String> title) {
        String out = null;
        for (Code sibling : codeSet.billableDescendants(parent)) {
            if (title.test(sibling.title())) {
                if (out != null) {
                    return null;
                }
                out = sibling.code();
            }
        }
        return out;
    }

    /** Two levels as the titles write them: "c3", "c4" as "C3-C4". */
    private static String pairTitle(String upper, String lower) {
        return upper.toUpperCase(Locale.ROOT) + "-" + lower.toUpperCase(Locale.ROOT);
    }

    /**
     * The one pair of adjacent levels written in the tokens [from, to), as the titles write it ("C5-C6" for "C5-6"
     * or "C5-C6"), or null if there is none or more than one.
     */
    private String levelPair(Document doc, int from, int to) {
        String pair = null;
        for (int i = from; i < to; i++) {
            String first = doc.tokens().get(i).norm();
            String[] joined = joinedPair(first);
            if (joined != null && joined[0].charAt(0) == joined[1].charAt(0)) {
                String found = pairTitle(joined[0], joined[1]);
                if (pair != null && !pair.equals(found)) {
                    return null;
                }
                pair = found;
                continue;
            }
            int n = levelNumber(first);
            if (i + 2 >= to) {
                continue;
            }
            if (n < 0 || !doc.tokens().get(i + 1).text().equals("-")) {
                continue;
            }
            String next = doc.tokens().get(i + 2).norm();
            int second = levelNumber(next) >= 0 && next.charAt(0) == first.charAt(0) ? levelNumber(next) : number(next);
            if (second != n + 1) {
                continue;
            }
            String letter = first.substring(0, 1).toUpperCase(Locale.ROOT);
            String found = letter + n + "-" + letter + second;
            if (pair != null && !pair.equals(found)) {
                return null;
            }
            pair = found;
        }
        return pair;
    }

    /**
     * The most superior of two or more pairs of adjacent levels of one region written in the tokens [from, to)
     * ({@link #levelPair}'s forms), or null when there are fewer than two or they name two regions.
     */
    private String mostSuperiorPair(Document doc, int from, int to) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            String found = levelPair(doc, i, i + 1);
            if (found == null && startsPair(doc, i, to)) {
                found = levelPair(doc, i, i + 3);
            }
            if (found != null) {
                pairs.add(found);
            }
        }
        String best = null;
        int bestUpper = Integer.MAX_VALUE;
        for (String pair : pairs) {
            if (best != null && best.charAt(0) != pair.charAt(0)) {
                return null;   // levels of two regions
            }
            int upper = Integer.parseInt(pair.substring(1, pair.indexOf('-')));
            if (upper < bestUpper) {
                best = pair;
                bestUpper = upper;
            }
        }
        return pairs.size() > 1 ? best : null;
    }

    /**
     * The most superior of {@code level} and the pairs of adjacent levels of its region written, in the mention's
     * section, within {@link #WINDOW} words of a disc word of its sentence ({@code disc_word} rows): a second disc
     * named in the next sentence of the statement is the disorder at a second level (Tabular note at M50: code to the
     * most superior level of disorder). A level written with no disc word beside it (an old fusion, a root), or in a
     * sentence naming another condition of the spine, is not a second disc of this disorder.
     */
    private String sectionSuperiorDisc(Document doc, Mention m, String level) {
        if (discWords.isEmpty()) {
            return level;
        }
        Sentence own = doc.sentences().get(m.sentenceIndex());
        Section section = doc.sectionOf(own);
        Region region = regionOf(level.substring(0, level.indexOf('-')).toLowerCase(Locale.ROOT));
        if (region == null) {
            return level;
        }
        String best = level;
        Set<String> ownCodes = null;
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            if (s == own || !section.equals(doc.sectionOf(s))) {
                continue;
            }
            String higher = best;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String found = levelPair(doc, i, i + 1);
                if (found == null && startsPair(doc, i, s.endToken())) {
                    found = levelPair(doc, i, i + 3);
                }
                if (found != null && found.charAt(0) == higher.charAt(0) && upperLevel(found) < upperLevel(higher)
                        && discWordNear(doc, s, i)) {
                    higher = found;
                }
            }
            if (higher.equals(best)) {
                continue;   // no higher disc here: whether the sentence names another disorder need not be asked
            }
            if (ownCodes == null) {
                ownCodes = readCodes(m, region.word());
            }
            if (!namesAnotherDisorder(doc, si, ownCodes, region.word())) {
                best = higher;
            }
        }
        return best;
    }

    /**
     * Whether the sentence names a condition of the spine other than the mention's (a term of {@code spine_codes}
     * sharing no code with it when both are read in the region: "herniated disc" and "degenerative disc disease" are
     * one code until the region names them): its levels are that condition's ("C4-C5 disc degeneration" beside a
     * herniation at C5-C6), not a second level of the mention's. {@code own}: the mention's codes read so.
     */
    private boolean namesAnotherDisorder(Document doc, int sentenceIndex, Set<String> own, String region) {
        for (Mention other : doc.mentions()) {
            if (other.sentenceIndex() == sentenceIndex && within(spineCodes, other.terms())
                    && readCodes(other, region).stream().noneMatch(own::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The codes of a mention's terms read in the region (its region terms, else its terms as found). */
    private Set<String> readCodes(Mention m, String region) {
        List<String> words = TermNormalizer.words(m.text()).stream().filter(w -> !regionWords.contains(w)).toList();
        List<Term> read = regionTerms(words, m.terms(), region);
        Set<String> codes = new HashSet<>();
        (read.isEmpty() ? m.terms() : read).forEach(t -> codes.add(t.code()));
        return codes;
    }

    /** The number of a pair's upper level as the titles write it ("C3-C4": 3). */
    private static int upperLevel(String pair) {
        return Integer.parseInt(pair.substring(1, pair.indexOf('-')));
    }

    /** Whether a disc word is written within {@link #WINDOW} words of token {@code i}, in sentence {@code s}. */
    private boolean discWordNear(Document doc, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - WINDOW); k < Math.min(s.endToken(), i + WINDOW + 3); k++) {
            if (discWords.contains(doc.tokens().get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pair written as three tokens ("C5", "-", "C6" or "6") starts at token {@code i}. */
    private static boolean startsPair(Document doc, int i, int to) {
        return i + 2 < to && levelNumber(doc.tokens().get(i).norm()) >= 0 && doc.tokens().get(i + 1).text().equals("-");
    }

    /** Whether the region word is one of the two regions the junction word joins ("lumbar" of "lumbosacral"). */
    private boolean sideOf(String regionWord, String junctionWord) {
        for (Map.Entry<String, String> j : junctions.entrySet()) {
            if (!j.getValue().equals(junctionWord)) {
                continue;
            }
            String[] levels = j.getKey().split(" ");
            for (Region r : regions) {
                if (r.word().equals(regionWord)
                        && (r.letter() == levels[0].charAt(0) || r.letter() == levels[1].charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one region the levels near the mention name, or null (none, or levels of several regions). */
    String region(Document doc, Mention m) {
        int[] w = window(doc, m);
        return region(doc, w[0], w[1]);
    }

    /**
     * A region, and the one pair of adjacent levels or null, that every spinal level of a note names; whether the
     * note writes any pair of adjacent levels.
     */
    record NoteLevels(String region, String pair, boolean levels) {
    }

    /**
     * The one region every level written in the note names, with its one pair of adjacent levels if the note
     * writes one; null when the levels name two regions, or more than the two sides of one junction ("L4-L5 and
     * L5-S1" leaves a disc written without its level in either region).
     */
    private NoteLevels noteLevels(Document doc) {
        int end = doc.tokens().size();
        Set<String> found = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        for (int i = 0; i < end; i++) {
            String word = doc.tokens().get(i).norm();
            if (!mayWriteLevel(word)) {
                continue;
            }
            for (String norm : levelsOf(word)) {
                int n = levelNumber(norm);
                for (Region r : regions) {
                    if (r.letter() == norm.charAt(0) && n >= r.first() && n <= r.last()) {
                        found.add(norm);
                        words.add(r.word());
                    }
                }
            }
        }
        // the one disc the note writes as a pair of levels names its region ("L5-S1" beside an exposure "from L4 to
        // S1"); else every level written must name one region, or only the two sides of one junction
        String pair = levelPair(doc, 0, end);
        String disc = onePairRegion(doc, end);
        String region = disc != null ? disc : region(doc, 0, end);
        if (region == null || disc == null && found.size() > 2
                && !regions.stream().map(Region::word).toList().contains(region)) {
            return null;
        }
        for (String w : words) {
            if (!w.equals(region) && !sideOf(w, region)) {
                return null;   // a level of another region than the one pair's ("C5-C6" and an old "L1" fracture)
            }
        }
        for (int i = 0; i < end; i++) {
            // a region word of another region ("an MRI of the lumbosacral spine" in a note of cervical levels)
            String word = doc.tokens().get(i).norm();
            if (regionWords.contains(word) && !word.equals(region) && !sideOf(word, region)) {
                return null;
            }
        }
        return new NoteLevels(region, pair, anyPair(doc, 0, end));
    }

    /** Whether a spinal level is written in the tokens [from, to). */
    private boolean hasLevel(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = doc.tokens().get(i).norm();
            if (mayWriteLevel(word) && !levelsOf(word).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the terms are all codes in the ranges of categories. */
    private static boolean within(List<String[]> ranges, List<Term> terms) {
        for (Term t : terms) {
            String category = t.code().length() < 3 ? t.code() : t.code().substring(0, 3);
            if (ranges.stream().noneMatch(r -> category.compareTo(r[0]) >= 0 && category.compareTo(r[1]) <= 0)) {
                return false;
            }
        }
        return !terms.isEmpty();
    }

    /** Whether some code beside {@code code} (same parent's parent) names a level in its title ("at C5-C6 level"). */
    private boolean codedByLevel(String code) {
        Code c = codeSet.get(code).orElse(null);
        String parent = c == null ? null : c.parent();
        Code p = parent == null ? null : codeSet.get(parent).orElse(null);
        String top = p == null || p.parent() == null ? parent : p.parent();
        return top != null && codeSet.billableDescendants(top).stream().anyMatch(s -> s.title().contains(" level"));
    }

    /**
     * The region word of the one disc the note writes as two adjacent levels, within a region ("C5-6", "L4-L5") or
     * across a junction ("L5-S1" lumbosacral); null if it writes none or several.
     */
    private String onePairRegion(Document doc, int end) {
        String out = null;
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < end; i++) {
            String first = doc.tokens().get(i).norm();
            String[] joined = joinedPair(first);
            if (joined != null) {
                first = joined[0];
            }
            int n = levelNumber(first);
            if (n < 0 || joined == null && (i + 2 >= end || !doc.tokens().get(i + 1).text().equals("-"))) {
                continue;
            }
            String next = joined != null ? joined[1] : doc.tokens().get(i + 2).norm();
            String second = levelNumber(next) >= 0 ? next : first.charAt(0) + next;
            String word = junctions.get(first + " " + second);
            if (word == null && second.charAt(0) == first.charAt(0) && levelNumber(second) == n + 1) {
                for (Region r : regions) {
                    if (r.letter() == first.charAt(0) && n >= r.first() && n + 1 <= r.last()) {
                        word = r.word();
                    }
                }
            }
            if (word != null && pairs.add(first + " " + second)) {
                out = pairs.size() == 1 ? word : null;
            }
        }
        return pairs.size() == 1 ? out : null;
    }

    /** Whether the tokens [from, to) write a pair of adjacent levels ("C5-6"). */
    private boolean anyPair(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (joinedPair(doc.tokens().get(i).norm()) != null) {
                return true;
            }
            if (i + 2 >= to) {
                continue;
            }
            int n = levelNumber(doc.tokens().get(i).norm());
            if (n >= 0 && doc.tokens().get(i + 1).text().equals("-")) {
                return true;
            }
        }
        return false;
    }

    /** Words written between the two ends of a span of levels ("T3 to L5", "T3 through L5", "T3-L5"). */
    private static final Set<String> SPAN_WORDS = Set.of("to", "-", "through", "thru");

    /**
     * The junction word of the span the tokens [from, to) write from a level of one region to a level of the next
     * ("T3 to L5": thoracolumbar), or null: the two levels must be the only ones written, with only a span word
     * between them, and their regions must meet at a junction.
     */
    private String spanRegion(Document doc, int from, int to) {
        List<Integer> at = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (levelNumber(doc.tokens().get(i).norm()) >= 0) {
                at.add(i);
            }
        }
        if (at.size() != 2 || at.get(1) - at.get(0) != 2
                || !SPAN_WORDS.contains(doc.tokens().get(at.get(0) + 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Region a = regionOf(doc.tokens().get(at.get(0)).norm());
        Region b = regionOf(doc.tokens().get(at.get(1)).norm());
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        String down = junctions.get("" + a.letter() + a.last() + " " + b.letter() + b.first());
        return down != null ? down : junctions.get("" + b.letter() + b.last() + " " + a.letter() + a.first());
    }

    /** The region a level names ("t3": thoracic), or null. */
    private Region regionOf(String norm) {
        int n = levelNumber(norm);
        for (Region r : regions) {
            if (n >= 0 && r.letter() == norm.charAt(0) && n >= r.first() && n <= r.last()) {
                return r;
            }
        }
        return null;
    }

    /** The one region the levels in the tokens [from, to) name, or null (none, or levels of several regions). */
    private String region(Document doc, int from, int to) {
        Set<String> found = new TreeSet<>();
        List<String> levels = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String word = doc.tokens().get(i).norm();
            if (!mayWriteLevel(word)) {
                continue;
            }
            for (String norm : levelsOf(word)) {
                int n = levelNumber(norm);
                for (Region r : regions) {
                    if (r.letter() == norm.charAt(0) && n >= r.first() && n <= r.last()) {
                        found.add(r.word());
                        if (!levels.contains(norm)) {
                            levels.add(norm);
                        }
                    }
                }
            }
        }
        if (found.size() == 1) {
            return found.iterator().next();
        }
        // two regions: only the two sides of one junction written together ("L5-S1"), after levels of the region above
        // it ("L4-L5 and L5-S1": the lumbosacral region holds both discs); a lower level past the junction is left
        return found.size() == 2 ? junctionOf(levels) : null;
    }

    /**
     * The junction word of levels of two regions whose lower region holds only the junction's lower level, written
     * after its upper one ("l4 l5 s1" lumbosacral), else null ("l5 s1 s2": a sacral level past the junction).
     */
    private String junctionOf(List<String> levels) {
        for (int i = 0; i + 1 < levels.size(); i++) {
            String word = junctions.get(levels.get(i) + " " + levels.get(i + 1));
            if (word != null) {
                char lower = levels.get(i + 1).charAt(0);
                String below = levels.get(i + 1);
                return levels.stream().allMatch(l -> l.charAt(0) != lower || l.equals(below)) ? word : null;
            }
        }
        return null;
    }
}
