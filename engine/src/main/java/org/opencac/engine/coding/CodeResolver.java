package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opencac.engine.BoundedCache;
import org.opencac.engine.CodeTableFile;
import org.opencac.engine.DataFiles;
import org.opencac.engine.WordSet;
import org.opencac.engine.mention.AnalyzedWords;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.index.CodeHit;
import org.opencac.models.index.CodeIndex;
import org.opencac.models.index.WordScoreTable;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Tabular verification to the highest specificity the clause documents (Guidelines I.A.9, I.B.13), the one
 * place where a more specific code is chosen. A billable code stays; a header goes to the child the clause
 * documents (by detail words, ranked as the code index would) or else to its default child ("without
 * complications", "unspecified", initial encounter). A default code then moves to a code its ancestors
 * resolve to in the same clause or, failing that, an "unspecified" code to the sibling adding the most words
 * the clause (else the note's diagnostic statements of the same term) documents; when no sibling is
 * documented, to a non-residual code of the neighbouring subcategories (F17.200 to F17.210 for "cigarettes").
 * A child or sibling applies only when every word its title adds to the default's is in the clause, apart
 * from the words a note need not write. Words: {@code specificity_words.tsv}.
 */
public final class CodeResolver {
    public static final String SPECIFICITY = "/org/opencac/engine/coding/specificity_words.tsv";
    private static final int MAX_SIBLINGS = 400;
    /** The children of a header ranked for the context's detail words, then ranked again when none passes. */
    private static final int RANKED = 5;
    private static final int RANKED_AGAIN = 20;

    private final CodeSet codeSet;
    private final CodeIndex index;
    private final Set<String> specificity;
    private static final Pattern WITH = Pattern.compile("\\bwith\\b");
    /** The word "other" of a residual code's title. */
    static final Pattern OTHER = Pattern.compile("(?i)\\bother\\b");
    /**
     * A "without" phrase whose items run on past commas to a closing "and"/"or" item that ends the title ("without
     * behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety"): every item is excluded, not
     * only the first. Items are short (at most three words), so a comma-set qualifier ("initial encounter for ...")
     * never joins the list.
     */
    private static final String WITHOUT_LIST =
            "\\bwithout\\b[^,]*(?:,\\s+(?!and\\b|or\\b)\\w+(?:\\s\\w+){0,2})*,\\s+(?:and|or)\\s+\\w+(?:\\s\\w+){0,2}$";
    private static final Pattern WITHOUT_PHRASE =
            Pattern.compile("(?i)" + WITHOUT_LIST + "|\\bwithout\\b[^,]*");
    /** Where what a "without" phrase excludes ends: "without foreign body | of penis". */
    private static final Pattern WITHOUT_SCOPE_END =
            Pattern.compile("(?i)\\s(?:of|in|with|due|to|for|at)\\s");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    /** The first side word of a code's title ({@link #siteWords}). */
    private static final Pattern SIDE_IN_TITLE = Pattern.compile("\\b(right|left)\\b");
    /**
     * What a title names as absent or leaves open, so states of nothing: "without ..." and "not ..." phrases
     * ("without obstruction or gangrene", "not specified as recurrent"),
     * "unspecified as acute or chronic", and a word made optional by "or unspecified" ("Chronic or unspecified
     * gastric ulcer with hemorrhage" is the code for a bleeding gastric ulcer of unstated course).
     */
    private static final Pattern NOT_STATED =
            Pattern.compile("(?i)" + WITHOUT_LIST
                    + "|\\b(?:without|not|unspecified as|unspecified whether)\\b[^,]*|\\b\\w+ or unspecified\\b");
    /** Analyzed title words a note need not write for a more specific code to apply. */
    private final Set<String> undocumented;
    /** "unspecified" as titles are analyzed. */
    private final Set<String> unspecifiedWord;
    /**
     * Bound prefixes ({@code bound_prefix} rows) as analyzed: a title's "Non-" is said of the word after it, so a
     * sibling adding it is documented only by the clause writing it before that word.
     */
    private final Set<String> boundPrefixes;
    /** Default child per header: depends only on the code set, so it is worked out once per header. */
    private final ConcurrentHashMap<String, Code> defaults =
            new ConcurrentHashMap<>();
    /** The siblings of each default code: depends only on the code set, so worked out once per code. */
    private final ConcurrentHashMap<String, List<Code>> siblings =
            new ConcurrentHashMap<>();
    /** The siblings of each default code with the words each adds, worked out once per code. */
    private final ConcurrentHashMap<String, List<Map.Entry<Code, Set<String>>>> siblingWords =
            new ConcurrentHashMap<>();
    /**
     * Per code a documented sibling may be sought for, its {@link #siblingWords} and {@link #cousinWords} as
     * kept in the models' cache ({@link #readTables}), decoded on first use; empty without a cache.
     */
    private final Map<String, String> keptSiblingWords;
    /** Per unspecified-side code, its siblings adding one side ({@link #sideSiblings}), found once. */
    private final ConcurrentHashMap<String, List<SideSibling>> sideSiblings =
            new ConcurrentHashMap<>();
    /** The cousins of each default code with the words each adds, worked out once per code. */
    private final ConcurrentHashMap<String, List<Map.Entry<Code, Set<String>>>> cousinWords =
            new ConcurrentHashMap<>();
    /** The codes one level above the siblings of each default code, worked out once per code. */
    private final ConcurrentHashMap<String, List<Code>> cousins =
            new ConcurrentHashMap<>();
    /** Analyzed title words without parenthesized modifiers, per code title (see {@link #titleWordList}). */
    private final ConcurrentHashMap<String, List<String>> titleWords =
            new ConcurrentHashMap<>();
    /** Analyzed title words with "without ..." phrases removed, per code title (see {@link #withoutExcluded}). */
    private final ConcurrentHashMap<String, List<String>> withoutExcluded =
            new ConcurrentHashMap<>();
    /** Analyzed title words a title states (see {@link #statedWords}), per code title. */
    private final ConcurrentHashMap<String, List<String>> statedWords =
            new ConcurrentHashMap<>();
    static final String DETAIL_KIND = "detail";
    static final String UNDOCUMENTED_KIND = "undocumented";
    static final String NEGATION_KIND = "negation";
    static final String READS_AS_KIND = "reads_as";
    static final String PART_OF_KIND = "part_of";
    static final String EXAMINER_PART_KIND = "examiner_part";
    static final String BOUND_PREFIX_KIND = "bound_prefix";
    /** The side words ({@code laterality_words.txt}) as analyzed: a side comes from the mention's clause. */
    private final Set<String> sideWords;
    /** The words of a condition's course, each naming one form of it ({@code course_words.txt}), analyzed. */
    private final Set<String> courseWords;
    static final String COURSE_WORDS = "/org/opencac/engine/coding/course_words.txt";
    /**
     * The paired parts named in the plural ("feet", "knees"): a mention writing one is of both sides, so a side the
     * note's other mentions of its term give is not its own (Guidelines I.B.13).
     */
    private static final Set<String> PLURAL_PARTS = BilateralWords.pluralParts();
    /** What parts a lowercase text's words, compiled once rather than at each split. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    /** The title word "unilateral" as analyzed: a sibling adding it is documented by one side named in the clause. */
    private final Set<String> unilateralWord;
    /** "right" and "left" as analyzed: either alone names one side. */
    private final Set<String> singleSides;
    /**
     * The first three letters of each analyzed side word ({@link #singleSides}, {@link #bothSides}): a written word
     * holding none of them, in any case, has no side word among its analyzed words (the analysis splits, lowercases
     * and drops words and changes only a stem's ending), so the note's side runs ({@link #sideRuns}) skip its
     * analysis unless a run is open.
     */
    private final String[] sideStarts;
    /** "bilateral" and "both" as analyzed: with them a side word names one of two sides, not one only. */
    private final Set<String> bothSides;
    /** The analyzed words that say both sides by themselves, without a site after them ("both" needs one). */
    private final Set<String> bilateralWords;
    /** Per category range ("H00-H59"), the analyzed words of the organ its codes' sides are of ("eye"). */
    private final Map<String, Set<String>> sideSites;
    public static final String SIDE_SITES = "/org/opencac/engine/coding/side_sites.tsv";
    private static final String RANGE = "[A-Z][0-9][0-9A-Z]-[A-Z][0-9][0-9A-Z]";
    /**
     * Per category range, the analyzed words of operations on its organ done on one side or both ("myringotomy"):
     * the whole note lends a bilateral sibling only a "bilateral" or "both" written before one of them, as an
     * examination's "both eyes" or "bilateral intact tympanic membranes" says nothing of the condition's sides.
     */
    private final Map<String, Set<String>> sideOperations;
    /**
     * Per unspecified-side code whose one-side forms lie in another subcategory ("Unspecified visual loss" and
     * "Unqualified visual loss, one eye"), that subcategory ({@code side_sites.tsv} rows 'one-side').
     */
    private final Map<String, String> oneSideSubcategories;
    /** Unspecified-side codes whose both-sides form the Tabular puts in another code ('both-sides' rows). */
    private final Map<String, String> bothSidesCodes;
    /**
     * Analyzed title words placing a site within a limb or organ ("lower", "upper"): after a side they name the
     * site only before a limb word ({@link #positionedLimbs}: "right lower extremity"), as "right lower pole" of
     * a kidney is no right lower extremity.
     */
    private final Set<String> positionWords;
    /** The analyzed limb words a {@link #positionWords} word names a site before ("extremity", "leg"). */
    private final Set<String> positionedLimbs;
    /** The word "side" as analyzed: a side written of no site names a side of whatever site is meant. */
    private final Set<String> sideNoun;
    /** "side of the" as analyzed: no site word of a title that names only its side ("ribs, left side"). */
    private final Set<String> sideOfThe;
    /** Words after a side word of a statement searched for the site it qualifies ("left upper eyelid"). */
    private static final int SIDE_SITE_WORDS = 2;
    /** Words after which, to the end of the clause part, the note says what a condition does not have. */
    private final Set<String> negations;
    /** The scores a search of the code index gives each billable code for each specificity word. */
    private final WordScoreTable childScores;
    /**
     * Two analyzed note words in a row and the title words they are also read as ("lower extremity": "leg"), by
     * first word then second: a clause's words as a set also hold what such a pair reads as.
     */
    private final Map<String, Map<String, List<String>>> pairReadsAs;
    /** A note's words analyzed as the index analyzes them, each word once (clauses repeat words). */
    private final AnalyzedWords noteWords;
    /**
     * A note's words analyzed as the index analyzes them, without the title words they are also read as: the
     * words a clause after a comma opens with ({@link #opensDetail}), asked of each mention, each word once.
     */
    private final AnalyzedWords plainNoteWords;
    /**
     * A part of a limb and the title words of the limb it is part of ("forearm": "arm"), analyzed: a clause naming
     * the part documents the limb, unless a code among those chosen from names the part itself ({@link
     * #partsNamed}): "a lipoma of the right forearm" is of the right arm (D17.21), but an ulcer of the ankle is
     * never one of "other part of lower leg" beside "ulcer of ankle".
     */
    private final Map<String, List<String>> partOf;
    /** Analyzed words that, right before a part, make it the examiner's ("gloved finger"): no limb is read from it. */
    private final Set<String> examinerPartWords;

    public CodeResolver(CodeSet codeSet, CodeIndex index, Set<String> detailWords, Set<String> undocumentedWords,
                        Set<String> negationWords) {
        this(codeSet, index, detailWords, undocumentedWords, negationWords, Map.of());
    }

    /**
     * @param readsAs a note word and the title word it is also read as ("bleeding": "hemorrhage"), both as
     *                written; the note keeps its own word too
     */
    public CodeResolver(CodeSet codeSet, CodeIndex index, Set<String> detailWords, Set<String> undocumentedWords,
                        Set<String> negationWords, Map<String, String> readsAs) {
        this(codeSet, index, detailWords, undocumentedWords, negationWords, readsAs, Map.of());
    }

    /**
     * @param readsAs as {@link #CodeResolver(CodeSet, CodeIndex, Set, Set, Set, Map)}
     * @param partOf  a part of a limb and the title words of the limb ("forearm": "arm"), both as written
     */
    public CodeResolver(CodeSet codeSet, CodeIndex index, Set<String> detailWords, Set<String> undocumentedWords,
                        Set<String> negationWords, Map<String, String> readsAs, Map<String, String> partOf) {
        this(codeSet, index, detailWords, undocumentedWords, negationWords, readsAs, partOf, Set.of());
    }

    /**
     * @param examinerPartWords words that, written right before a part, make it the examiner's hand ("a gloved
     *                          finger"): the part documents no limb of the patient
     */
    public CodeResolver(CodeSet codeSet, CodeIndex index, Set<String> detailWords, Set<String> undocumentedWords,
                        Set<String> negationWords, Map<String, String> readsAs, Map<String, String> partOf,
                        Set<String> examinerPartWords) {
        this.examinerPartWords = analyzed(index, examinerPartWords);
        Map<String, List<String>> parts = new HashMap<>();
        partOf.forEach((part, limb) -> {
            List<String> from = index.analyze(part);
            if (from.size() != 1) {
                throw new IllegalStateException(SPECIFICITY + ": a part_of word must be one word: " + part);
            }
            parts.put(from.get(0), List.copyOf(index.analyze(limb)));
        });
        this.partOf = Map.copyOf(parts);
        this.negations = WordSet.of(negationWords);
        this.codeSet = codeSet;
        this.index = index;
        this.specificity = analyzed(index, detailWords);
        this.undocumented = analyzed(index, undocumentedWords);
        this.unspecifiedWord = Set.copyOf(index.analyzeTitle("unspecified"));
        this.boundPrefixes = analyzed(index, readWords(BOUND_PREFIX_KIND));
        this.sideWords = analyzed(index, Set.copyOf(DataFiles.lines(TabularResolution.LATERALITY_WORDS)));
        this.courseWords = analyzed(index, Set.copyOf(DataFiles.lines(COURSE_WORDS)));
        this.unilateralWord = Set.copyOf(index.analyzeTitle("unilateral"));
        this.sideNoun = Set.copyOf(index.analyzeTitle("side"));
        this.sideOfThe = Set.copyOf(index.analyzeTitle("side of the"));
        this.singleSides = analyzed(index, Set.of("right", "left"));
        this.bothSides = analyzed(index, Set.of("bilateral", "both", "bilaterally"));
        this.bilateralWords = analyzed(index, Set.of("bilateral", "bilaterally"));
        this.sideStarts = Stream.concat(singleSides.stream(), bothSides.stream())
                .map(w -> w.substring(0, Math.min(3, w.length()))).distinct().sorted().toArray(String[]::new);
        Map<String, Set<String>> sites = new HashMap<>();
        Map<String, Set<String>> operations = new HashMap<>();
        Set<String> positions = new HashSet<>();
        Set<String> limbs = new HashSet<>();
        Map<String, String> oneSide = new HashMap<>();
        Map<String, String> bothSidesOf = new HashMap<>();
        for (String[] f : DataFiles.table(SIDE_SITES, 2, 4)) {
            if (f.length == 4 && f[0].equals("one-side")) {
                oneSide.put(f[1], f[2]);
            } else if (f.length == 4 && f[0].equals("both-sides")) {
                bothSidesOf.put(f[1], f[2]);
            } else if (f.length == 3 && f[0].equals("position")) {
                positions.addAll(analyzed(index, Set.of(f[1].split(" "))));
                limbs.addAll(analyzed(index, Set.of(f[2].split(" "))));
            } else if (f.length == 3 && f[0].equals("operation") && f[1].matches(RANGE)) {
                operations.put(f[1], analyzed(index, Set.of(f[2].split(" "))));
            } else if (f.length == 2 && f[0].matches(RANGE)) {
                sites.put(f[0], analyzed(index, Set.of(f[1].split(" "))));
            } else {
                throw new IllegalArgumentException(SIDE_SITES + ": expected 'A00-B99<TAB>words', "
                        + "'operation<TAB>A00-B99<TAB>words', 'position<TAB>words<TAB>limb words' or "
                        + "'one-side<TAB>code<TAB>subcategory<TAB>basis': " + String.join("\t", f));
            }
        }
        this.sideSites = Map.copyOf(sites);
        this.sideOperations = Map.copyOf(operations);
        this.oneSideSubcategories = Map.copyOf(oneSide);
        this.bothSidesCodes = Map.copyOf(bothSidesOf);
        this.positionWords = Set.copyOf(positions);
        this.positionedLimbs = Set.copyOf(limbs);
        this.childScores = index.wordScores(specificity);
        Map<String, List<String>> also = new HashMap<>();
        Map<String, Map<String, List<String>>> pairs = new HashMap<>();
        readsAs.forEach((note, title) -> {
            List<String> from = index.analyze(note);
            if (from.size() == 2) {
                pairs.computeIfAbsent(from.get(0), k -> new HashMap<>())
                        .put(from.get(1), List.copyOf(index.analyze(title)));
                return;
            }
            if (from.size() != 1) {
                throw new IllegalStateException(SPECIFICITY + ": a reads_as word must be one or two words: " + note);
            }
            also.put(from.get(0), List.copyOf(index.analyze(title)));
        });
        Map<String, Map<String, List<String>>> frozenPairs = new HashMap<>();
        pairs.forEach((first, seconds) -> frozenPairs.put(first, Map.copyOf(seconds)));
        this.pairReadsAs = Map.copyOf(frozenPairs);
        this.noteWords = new AnalyzedWords(also.isEmpty() ? index::analyze
                : text -> withTitleWords(index.analyze(text), also));
        this.plainNoteWords = new AnalyzedWords(index::analyze);
        this.keptSiblingWords = readTables();
    }

    public static CodeResolver standard(CodeSet codeSet, CodeIndex index) {
        List<String[]> rows = rows();
        return new CodeResolver(codeSet, index, words(rows, DETAIL_KIND), words(rows, UNDOCUMENTED_KIND),
                words(rows, NEGATION_KIND), readsAs(rows, READS_AS_KIND), readsAs(rows, PART_OF_KIND),
                words(rows, EXAMINER_PART_KIND));
    }

    /** The analyzed words, each followed by the title words it is also read as. */
    private static List<String> withTitleWords(List<String> analyzed, Map<String, List<String>> also) {
        List<String> out = new ArrayList<>(analyzed.size() + 2);
        for (String w : analyzed) {
            out.add(w);
            List<String> more = also.get(w);
            if (more != null) {
                out.addAll(more);
            }
        }
        return out;
    }

    /**
     * The analyzed words as a set, with the title words each pair of words in a row reads as ({@link
     * #pairReadsAs}); the pair's words are kept, as titles may write them ("Cellulitis of left lower limb").
     */
    private Set<String> documentedWords(List<String> tokens) {
        PairReadWords out = new PairReadWords(tokens);
        if (!partOf.isEmpty()) {
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                List<String> limb = partOf.get(t);
                if (limb != null && (i == 0 || !examinerPartWords.contains(tokens.get(i - 1)))) {
                    for (String w : limb) {
                        if (!tokens.contains(w)) {
                            out.partLimbs.computeIfAbsent(w, k -> new HashSet<>(2)).add(t);
                        }
                    }
                }
            }
            out.addAll(out.partLimbs.keySet());
        }
        if (pairReadsAs.isEmpty()) {
            return out;
        }
        Set<String> unpaired = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Map<String, List<String>> seconds = pairReadsAs.get(tokens.get(i));
            List<String> more = seconds == null || i + 1 >= tokens.size() ? null : seconds.get(tokens.get(i + 1));
            if (more != null) {
                out.pairFirst.add(tokens.get(i));
                out.pairRead.addAll(more);
                out.readings.add(more);
                i++;
            } else {
                unpaired.add(tokens.get(i));
            }
        }
        out.pairFirst.removeAll(unpaired);
        out.pairRead.removeAll(unpaired);
        out.addAll(out.pairRead);
        return out;
    }

    /**
     * A clause's documented words with what its word pairs read as: a title holding both the first word of a
     * pair ("upper") and the word the pair reads as ("arm"), each written only there, is never selected
     * ("upper arm" is not the upper extremity).
     */
    private static final class PairReadWords extends HashSet<String> {
        private final Set<String> pairFirst = new HashSet<>(2);
        private final Set<String> pairRead = new HashSet<>(2);
        /** The title words each pair read reads as, in their order: "full thickness" writes "stage 3" in place. */
        private final List<List<String>> readings = new ArrayList<>(1);
        /** Each limb word read from the parts written ({@link #partOf}), with those parts; a limb written is not here. */
        private final Map<String, Set<String>> partLimbs = new HashMap<>(2);

        PairReadWords(List<String> tokens) {
            super(tokens);
        }

        /** Whether a title's words hold both a pair's first word and what the pair reads as, each written only there. */
        static boolean joinsPair(Set<String> documented, Collection<String> titleWords) {
            return documented instanceof PairReadWords p && !p.pairRead.isEmpty()
                    && !Collections.disjoint(titleWords, p.pairFirst)
                    && !Collections.disjoint(titleWords, p.pairRead);
        }
    }

    private static Set<String> analyzed(CodeIndex index, Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.addAll(index.analyze(w));
        }
        return Set.copyOf(out);
    }

    /**
     * True if a note word documents a detail, itself or by what it is read as ("inguinal" read as "localized"):
     * the words whose owner a clause of several findings decides.
     */
    public boolean documentsDetail(String word) {
        List<String> analyzed = noteWords.analyzeReadOnly(word);
        for (int k = 0; k < analyzed.size(); k++) {   // by index: asked of each word of a clause, no iterator made
            if (specificity.contains(analyzed.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head word of a condition phrase, analyzed: its last word ("partial complex seizures" and "febrile
     * seizure" share one), or "" for a phrase of no word. Two mentions with one head name the same kind of
     * condition, each with its own modifiers.
     */
    public String headWord(String phrase) {
        List<String> analyzed = noteWords.analyzeReadOnly(phrase);
        return analyzed.isEmpty() ? "" : analyzed.get(analyzed.size() - 1);
    }

    /** True if a note word is read as no word at all ("of", "and", "the"): it ends a modifier run. */
    public boolean readsAsNoWord(String word) {
        return noteWords.analyzeReadOnly(word).isEmpty();
    }

    /** True if a note word, analyzed, is read as {@code analyzedWord} (a word a code's title adds). */
    public boolean readsAs(String word, String analyzedWord) {
        return noteWords.analyzeReadOnly(word).contains(analyzedWord);
    }

    /** True if a note word is one of the detail words that make a code more specific. */
    public boolean isDetailWord(String word) {
        List<String> analyzed = noteWords.analyzeReadOnly(word);
        return analyzed.size() == 1 && specificity.contains(analyzed.get(0));
    }

    /**
     * True if a clause starting with these words opens with a detail: the first is a detail word ("stage 4"), or
     * the two in a row read as title words holding one ("full thickness" read as "stage 3"); {@code second} may be
     * null.
     */
    public boolean opensDetail(String first, String second) {
        if (isDetailWord(first)) {
            return true;
        }
        if (second == null || pairReadsAs.isEmpty()) {
            return false;
        }
        List<String> a = plainNoteWords.analyzeReadOnly(first);
        List<String> b = plainNoteWords.analyzeReadOnly(second);
        if (a.size() != 1 || b.size() != 1) {
            return false;
        }
        Map<String, List<String>> seconds = pairReadsAs.get(a.get(0));
        List<String> read = seconds == null ? null : seconds.get(b.get(0));
        return read != null && !Collections.disjoint(read, specificity);
    }

    /**
     * A default code: its title says unspecified, without complications, or "not specified as" (K40.90
     * "... not specified as recurrent"): the one definition used.
     */
    public static boolean isDefault(Code c) {
        return isDefaultTitle(c.title());
    }

    /** {@link #isDefault(Code)} read from a code's title (for stages that hold candidates, not codes). */
    public static boolean isDefaultTitle(String title) {
        return defaultMarks(title) > 0;
    }

    /**
     * How much of a condition a title leaves undocumented ({@link DefaultTitlePhrases#marks}): one per
     * "unspecified" and one for "without complications", "not specified as" or "status unknown" (H66.90 "Otitis
     * media, unspecified, unspecified ear" has 2, H66.91 "..., unspecified, right ear" 1). Zero for a specific
     * code; of two codes for one condition the one with fewer marks is the more specific.
     */
    public static int defaultMarks(String title) {
        return titleMarks(title) & 0xFFFF;
    }

    /**
     * Whether a title writes "unspecified" in any case (a default code may be one by another mark: "without
     * complications"), read with its {@link #defaultMarks}, once per title.
     */
    public static boolean saysUnspecified(String title) {
        return titleMarks(title) >= 1 << 16;
    }

    /**
     * Titles are a closed set (the code sets'), asked of again and again for every candidate of every note: each
     * title's marks are worked out once, with a bit saying whether it writes "unspecified" at all.
     */
    private static final Map<String, Integer> TITLE_MARKS = new ConcurrentHashMap<>();

    private static int titleMarks(String title) {
        Integer known = TITLE_MARKS.get(title);
        if (known == null) {
            known = TITLE_MARKS.computeIfAbsent(title, CodeResolver::readMarks);
        }
        return known;
    }

    private static int readMarks(String title) {
        DefaultTitlePhrases phrases = DefaultTitlePhrases.bundled();
        int n = phrases.marks(title);
        return phrases.saysUnspecified(title) ? n | 1 << 16 : n;
    }

    /**
     * The resolution of one code.
     *
     * @param code  the billable code, or null if none could be reached
     * @param steps what was done, for the rationale
     */
    public record Resolution(Code code, List<String> steps) {
    }

    /**
     * Resolves a code to the most specific billable code the context (a mention's clause) documents: the
     * code itself or its header's documented child, else a default; a default then gives way to a specific
     * code an ancestor resolves to in the same context, else to the documented sibling adding most words.
     */
    public Resolution resolve(String code, String context) {
        return resolve(code, context, null);
    }

    /**
     * {@link #resolve(String, String)}, where the documented sibling of an unspecified code may also come
     * from the diagnostic statements of the note's mentions of the same term (their sentences) when the clause
     * documents none: a statement lists its details between commas ("bipolar I disorder, current episode
     * depressed, moderate").
     */
    public Resolution resolve(String code, String context, Statement statement) {
        return resolve(code, new Context(context), statement);
    }

    /**
     * {@link #resolve(String, String, Statement)} with a context analyzed at most once however many codes
     * of its clause are resolved (a note's mentions of one clause share it).
     */
    public Resolution resolve(String code, Context context, Statement statement) {
        return resolve(code, context, statement, null);
    }

    /**
     * {@link #resolve(String, Context, Statement)} for a mention written {@code named}: a sibling naming
     * another condition than the code's must be named by the mention's own words, not only by the clause
     * around it (see {@link #keepsCondition}).
     */
    public Resolution resolve(String code, Context context, Statement statement, String named) {
        Resolution r = billable(code, context);
        Code c = r.code();
        Resolution sidedElsewhere = c == null ? null : oneSideElsewhere(r, context, statement);
        if (sidedElsewhere != null) {
            return sidedElsewhere;
        }
        if (c == null || !isDefault(c)) {
            return r;
        }
        String lessOpen = null;
        for (Code ancestor : codeSet.ancestors(c.code())) {
            Code specific = billableCode(ancestor.code(), context);
            // The ancestor's child must document every word it adds to this code's title: "right inguinal
            // hernia with obstruction" stays K40.30 (unilateral), never K40.01 (bilateral, recurrent). And it
            // must add one: a child trading "unspecified" for "other" alone ("intractable epilepsy" is G40.919,
            // not G40.804 "Other epilepsy, intractable") names a specified type the note does not document.
            Set<String> adds = specific == null ? Set.of() : added(c, specific);
            if (specific == null || becomesManifestation(c, specific) || adds.isEmpty()
                    || !context.tokenSet().containsAll(adds) || dropsDocumentedWord(c, specific, context)) {
                continue;
            }
            if (!isDefault(specific)) {
                return billable(ancestor.code(), context);   // the same code, now with its steps
            }
            // a child the clause's detail words choose that is still a default by another axis leaves one open
            // axis fewer ("Unspecified dementia, mild" for "Unspecified dementia, unspecified severity"): taken when
            // no ancestor gives a specific code; never the ancestor's own default child ("Unspecified glaucoma" is
            // no detail of a preglaucoma)
            if (lessOpen == null && defaultMarks(specific.title()) < defaultMarks(c.title())
                    && !specific.equals(defaultChild(ancestor))) {
                lessOpen = ancestor.code();
            }
        }
        if (lessOpen != null) {
            return billable(lessOpen, context);
        }
        if (!saysUnspecified(c.title())) {
            return r;
        }
        Code sibling = documentedSibling(c, context.tokens(), context.tokenSet(), named, true);
        if (sibling == null && statement != null) {
            sibling = statement.text.siblings.computeIfAbsent(named == null ? c.code() : c.code() + '\u0000' + named,
                    k -> Optional.ofNullable(documentedSibling(c, statement.tokens(),
                            statement.tokenSet(), named, false))).orElse(null);
            if (sibling != null && (addsSideNotOfClause(c, sibling, context, statement)
                    || addsSide(c, sibling) && namesPluralPart(named)
                    || givenAwayOrJoined(c, sibling, context, statement, named))) {
                sibling = null;
            }
        }
        if (sibling == null && statement != null && statement.note != null) {
            Code lent = sideOfNote(c, context, statement.note, named);
            if (lent != null) {
                List<String> steps = new ArrayList<>(r.steps());
                boolean oneSide = added(c, lent).stream().anyMatch(singleSides::contains);
                steps.add("Laterality (Guidelines I.B.13): the note names " + (oneSide ? "only the "
                        + String.join(" ", added(c, lent)) + " side" : "an operation on both sides") + " of this site -> "
                        + lent.code() + " (" + lent.title() + ") instead of " + c.code());
                return new Resolution(lent, List.copyOf(steps));
            }
        }
        if (sibling == null) {
            return r;
        }
        List<String> steps = new ArrayList<>(r.steps());
        steps.add("Specificity (Guidelines I.A.9, I.B.13): the clause documents \""
                + String.join(" ", added(c, sibling)) + "\" -> " + sibling.code() + " (" + sibling.title()
                + ") instead of " + c.code());
        // the documented kind may still leave the side open ("partial tearing" of a shoulder the note's title
        // sides): the note's one side of the site is read for it as for the default
        Code lent = statement != null && statement.note != null && saysUnspecified(sibling.title())
                ? sideOfNote(sibling, context, statement.note, named) : null;
        if (lent != null) {
            steps.add("Laterality (Guidelines I.B.13): the note names only the " + String.join(" ", added(sibling, lent))
                    + " side of this site -> " + lent.code() + " (" + lent.title() + ") instead of " + sibling.code());
            return new Resolution(lent, List.copyOf(steps));
        }
        return new Resolution(sibling, List.copyOf(steps));
    }

    /**
     * True if the sibling adds a side (left, right, bilateral) that the mention's clause does not document
     * and the statement does not give to the sibling's own site: a statement lists several conditions, and a
     * side word in it is the side of the site it qualifies ("arthrosis of both hips, meningioma of the left
     * cerebellopontine angle" gives the hips no left side; Guidelines I.B.13), while "in the left eye ...
     * chemosis" gives the conjunctival edema of the left eye, and a side in the clause of another mention of the
     * same term is the term's ("lung cancer ... lung cancer of the left upper lobe"). A statement's other
     * details are still read.
     */
    private boolean addsSideNotOfClause(Code from, Code sibling, Context context, Statement statement) {
        for (String w : added(from, sibling)) {
            if (sideWords.contains(w) && !context.tokenSet().contains(w) && !statement.ownSideSet().contains(w)
                    && !statement.text.sideOfSite.computeIfAbsent(w + '\u0000' + sibling.code(),
                            k -> sideOfSite(w, sibling, statement.tokens()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sibling of an unspecified-side code adding one side (right or left) that the whole note gives to the
     * code's site, or null: the mention's clause names no side, and every side word of the note standing before
     * a word of the site ({@link #siteOfSide}, or the organ of its chapter, {@code side_sites.tsv}) is that one
     * side ("right knee" in the first diagnosis of a list, "lateral meniscus tear" in the next; "exposure of the
     * right eye" in an operation that found vitreous hemorrhage). A note naming both sides of the site, or both
     * sites, lends none (Guidelines I.B.13). The bilateral sibling is the one taken where the note writes both
     * sides of the site ("bilateral myringotomy", "both ears"); the sides of a title that leaves its condition
     * unspecified too ("Otitis media, unspecified, unspecified ear") are read as any other's.
     */
    private Code sideOfNote(Code c, Context context, Text note, String named) {
        if (!Collections.disjoint(context.tokenSet(), sideWords) || namesPluralPart(named)) {
            return null;
        }
        Code found = null;
        for (SideSibling s : sideSiblings.computeIfAbsent(c.code(), k -> sideSiblings(c))) {
            String side = s.side();
            Set<String> sides = note.sidesOfSite.computeIfAbsent(s.code().code(),
                    k -> sidesBeforeSite(s.site(), note.tokens()));
            // a side the note writes of no site ("on the right side", "in the left and") may be this site's: one
            // other than the site's own leaves the site's side open; both sides written of the site ("bilateral
            // myringotomy", "both ears") give the bilateral sibling, whatever each side's own words say
            if (side.equals(BOTH) ? sides.contains(BOTH)
                    : sides.contains(side) && sides.stream().allMatch(x -> x.equals(side) || x.equals(BARE + side))) {
                if (found != null) {
                    return null;
                }
                found = s.code();
            }
        }
        return found;
    }

    /**
     * The resolution of an unspecified-side code whose one-side forms the Tabular puts in another subcategory
     * ({@link #oneSideSubcategories}) to that subcategory's code of the one side the clause names of the organ of
     * the code's chapter ("loss of vision in the left eye" is H54.62, not H54.7), or, the clause naming no side,
     * the one side every side word of the note before the organ gives; null where no single side is named
     * (both eyes, or none). Guidelines I.B.13; the Index sends one side there ("Loss, vision, one eye").
     */
    private Resolution oneSideElsewhere(Resolution r, Context context, Statement statement) {
        Code c = r.code();
        String subcategory = oneSideSubcategories.get(c.code());
        if (subcategory == null) {
            return null;
        }
        Set<String> organ = new HashSet<>();
        addChapterOrgan(c, organ);
        Set<String> sides = sidesBeforeSite(organ, context.tokens());
        Resolution both = bothSidesElsewhere(r, context, sides);
        if (both != null) {
            return both;
        }
        if (sides.isEmpty() && statement != null && statement.note != null
                && Collections.disjoint(context.tokenSet(), sideWords)) {
            sides = statement.note.sidesOfSite.computeIfAbsent(c.code(), k -> sidesBeforeSite(organ, statement.note.tokens()));
        }
        Set<String> named = new HashSet<>();
        for (String s : sides) {
            named.add(s.startsWith(BARE) ? s.substring(BARE.length()) : s);
        }
        if (named.size() != 1 || !singleSides.contains(named.iterator().next())
                || sides.stream().allMatch(s -> s.startsWith(BARE))) {   // a side of no site ("right side") alone
            return null;
        }
        String side = named.iterator().next();
        for (Code child : codeSet.billableDescendants(subcategory)) {
            Matcher m = SIDE_IN_TITLE.matcher(child.title().toLowerCase(Locale.ROOT));
            if (m.find() && index.analyzeTitle(m.group(1)).contains(side)) {
                List<String> steps = new ArrayList<>(r.steps());
                steps.add("Laterality (Guidelines I.B.13): the note names only the " + m.group(1) + " side of this site,"
                        + " whose one-side codes are at " + subcategory + " -> " + child.code() + " (" + child.title()
                        + ") instead of " + c.code());
                return new Resolution(child, List.copyOf(steps));
            }
        }
        return null;
    }

    /**
     * The resolution of an unspecified-side code whose both-sides form is another code ({@link #bothSidesCodes})
     * to that code where its own clause says both sides and no single side: a "bilateral" or "bilaterally" of the
     * clause, or "both" before the organ ("both eyes"). "Bilateral decreased vision" is H54.3, not H54.7
     * (Guidelines I.B.13; Index: Loss, vision, both eyes). Null otherwise; the note elsewhere lends no "both".
     */
    private Resolution bothSidesElsewhere(Resolution r, Context context, Set<String> sidesBeforeOrgan) {
        String target = bothSidesCodes.get(r.code().code());
        if (target == null) {
            return null;
        }
        Set<String> tokens = context.tokenSet();
        boolean single = sidesBeforeOrgan.stream().anyMatch(s -> !s.equals(BOTH))
                || tokens.stream().anyMatch(singleSides::contains);
        boolean bilateralWord = tokens.stream().anyMatch(bilateralWords::contains);
        if (single || !(bilateralWord || sidesBeforeOrgan.contains(BOTH))) {
            return null;
        }
        Code both = codeSet.get(target).filter(Code::billable).orElse(null);
        if (both == null) {
            return null;
        }
        List<String> steps = new ArrayList<>(r.steps());
        steps.add("Laterality (Guidelines I.B.13): the clause names both sides of this site -> " + both.code()
                + " (" + both.title() + ") instead of " + r.code().code());
        return new Resolution(both, List.copyOf(steps));
    }

    /** A sibling of an unspecified-side code adding one side ({@link #sideOfNote}), with its site's words. */
    private record SideSibling(Code code, String side, Set<String> site) {
    }

    /**
     * The siblings of a code that add one side (right or left) in place of its "unspecified", each with the words
     * of its site ({@link #siteWords}), in the order of {@link #siblingWords}, then those adding "bilateral" there:
     * read from the titles alone.
     */
    private List<SideSibling> sideSiblings(Code c) {
        List<SideSibling> out = new ArrayList<>();
        List<Code> bilateral = new ArrayList<>(1);
        for (Map.Entry<Code, Set<String>> e : siblingWords(c)) {
            Set<String> added = e.getValue();
            String word = added.size() == 1 ? added.iterator().next() : "";
            if (!singleSides.contains(word) && !bothSides.contains(word)) {
                continue;
            }
            if (!replacesUnspecified(c, e.getKey())) {
                continue;   // "Right heart failure" beside "Heart failure, unspecified" is another condition, no side
            }
            if (bothSides.contains(word)) {
                bilateral.add(e.getKey());
                continue;
            }
            out.add(new SideSibling(e.getKey(), word, siteWords(e.getKey())));
        }
        // a bilateral sibling is lent by an operation on both sides of the organ of its chapter ("bilateral
        // myringotomy"), not by a finding of both sides
        for (Code b : bilateral) {
            Set<String> site = new HashSet<>();
            addChapterWords(b, sideOperations, site);
            if (!site.isEmpty()) {
                out.add(new SideSibling(b, BOTH, Set.copyOf(site)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * True if the sibling's title is the code's with its "unspecified" written as a side: "Vitreous hemorrhage,
     * unspecified eye" and "..., right eye"; the same condition of a side the code leaves open.
     */
    public static boolean replacesUnspecified(Code c, Code sibling) {
        return sidedTitles(c).contains(sibling.title().toLowerCase(Locale.ROOT));
    }

    /**
     * The lowercase titles a sibling of {@code c} has when it {@link #replacesUnspecified replaces an "unspecified"}
     * of c's title by a side: a sibling replaces one exactly when its lowercase title is in this set. For a stage
     * that tests many siblings against one code: the code's title is read once, not once a sibling.
     */
    public static Set<String> sidedTitles(Code c) {
        String title = c.title().toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        Matcher m = UNSPECIFIED_SIDE.matcher(title);
        while (m.find()) {
            String head = title.substring(0, m.start());
            String organ = m.group(1) == null ? "" : " " + m.group(1);
            String tail = title.substring(m.end());
            for (String side : TITLE_SIDES) {
                out.add(head + side + organ + tail);
                if (side.equals("bilateral")) {
                    out.add(head + side + tail);
                }
            }
        }
        return out;
    }

    /**
     * Each "unspecified" of a title, with the one word after it that ends the title or its comma part ("unspecified
     * ear", "unspecified eye"), if any: each is tried as the place of a side ({@link #replacesUnspecified}), as a
     * title may leave its condition and its side both unspecified ("Otitis media, unspecified, unspecified ear").
     */
    private static final Pattern UNSPECIFIED_SIDE =
            Pattern.compile("\\bunspecified\\b(?: ([a-z]+)(?=$|,))?");
    private static final List<String> TITLE_SIDES = List.of("right", "left", "bilateral");
    /**
     * An "unspecified" with the one word after it that ends the title or its comma part ("unspecified depth",
     * "unspecified type"), one that ends the title ("Craniosynostosis, unspecified"), or an "unspecified as to" or
     * "unspecified whether" phrase to the end of its comma part ("unspecified as to length of time between rupture
     * and onset of labor", "unspecified whether descended or undescended"): what a title leaves open, which adds
     * no detail to its header. An "unspecified" inside the title ("Cannabis use, unspecified, uncomplicated") is
     * part of the condition's name.
     */
    private static final Pattern OPEN_AXIS =
            Pattern.compile("(?i)\\bunspecified(?: (?:as to|whether)\\b[^,]*| [a-z]+(?=$|,)|$)");
    /** The side of a bilateral sibling ({@link #sideOfNote}), as {@link #sidesBeforeSite} marks "bilateral", "both". */
    private static final String BOTH = "\u0000both";

    /**
     * The analyzed words naming the site whose side a code's title gives: the words after its side word up to
     * the next comma ("... of right mandible", "..., right knee"), or, where the side names only itself ("ribs,
     * left side"), the last word before it; with the organ of its chapter ({@code side_sites.tsv}).
     */
    private Set<String> siteWords(Code sibling) {
        String title = PARENTHESES.matcher(sibling.title()).replaceAll(" ").toLowerCase(Locale.ROOT);
        Matcher m = SIDE_IN_TITLE.matcher(title);
        Set<String> site = new HashSet<>();
        if (m.find()) {
            String after = title.substring(m.end()).split(",", 2)[0].trim();
            if (after.isEmpty() || after.matches("sided?|sides")) {
                String before = title.substring(0, m.start()).replaceAll("[,\\s]+$", "");
                String[] words = before.split("[^a-z]+");
                after = words.length == 0 ? "" : words[words.length - 1];
            }
            site.addAll(index.analyzeTitle(after));
        }
        site.removeAll(sideWords);
        site.removeAll(sideOfThe);
        addChapterOrgan(sibling, site);
        return site;
    }

    /** Adds to {@code site} the words of the organ whose sides the code's chapter block gives ({@code side_sites.tsv}). */
    private void addChapterOrgan(Code code, Set<String> site) {
        addChapterWords(code, sideSites, site);
    }

    /** Adds to {@code into} the words of every category range ("H60-H95") of {@code byRange} holding the code. */
    private static void addChapterWords(Code code, Map<String, Set<String>> byRange, Set<String> into) {
        String cat = code.code().substring(0, 3);
        for (Map.Entry<String, Set<String>> e : byRange.entrySet()) {
            String[] range = e.getKey().split("-");
            if (cat.compareTo(range[0]) >= 0 && cat.compareTo(range[1]) <= 0) {
                into.addAll(e.getValue());
            }
        }
    }

    /**
     * Marks, in the note's side runs ({@link #sideRuns}), the "of" written after "both sides": the sides then are
     * those of the structure named after it, not both sides of the patient ({@link #sidesBeforeSite}).
     */
    private static final String OF_STRUCTURE = "\u0000of";

    /** Whether the runs end with "both" (or "bilateral") and the word "side", as analyzed. */
    private boolean bothSidesEnd(List<String> runs) {
        int n = runs.size();
        return n >= 2 && sideNoun.contains(runs.get(n - 1)) && bothSides.contains(runs.get(n - 2));
    }

    /** Marks a side written of no site ({@link #sidesBeforeSite}). */
    private static final String BARE = "\u0000bare ";

    /**
     * The side words (right, left, or "both" for bilateral ones) written within two words before a site word,
     * and, marked {@link #BARE}, those the note writes of no site (followed by "side").
     */
    private Set<String> sidesBeforeSite(Set<String> site, List<String> note) {
        Set<String> sides = new HashSet<>();
        if (site.isEmpty()) {
            return sides;
        }
        for (int i = 0; i < note.size(); i++) {
            String w = note.get(i);
            boolean both = bothSides.contains(w);
            if (!both && !singleSides.contains(w)) {
                continue;
            }
            if (i + 1 < note.size() && sideNoun.contains(note.get(i + 1))) {
                if (both && i + 2 < note.size() && note.get(i + 2).equals(OF_STRUCTURE)) {
                    // "both sides of the synchondrosis": the two sides of the structure named, both sides of
                    // the site only when that structure is the site ("both sides of the neck")
                    if (sideQualifiesSite(note, i + 2, site)) {
                        sides.add(BOTH);
                    }
                    continue;
                }
                sides.add(both ? BOTH : BARE + w);
                continue;
            }
            if (sideQualifiesSite(note, i, site)) {
                sides.add(both ? BOTH : w);
            }
        }
        return sides;
    }

    /**
     * The whole note, given as its written words in order (the text's space-separated words: each token, "side"
     * after a bare side, "|" after each sentence), as statements read only for the sides the note gives sites
     * ({@link #sideOfNote}). Of its analyzed words only those {@link #sidesBeforeSite} reads are kept: each side
     * word with the words after it through its {@link #SIDE_SITE_WORDS}th that is no size, runs that overlap
     * kept once; every side reads the same words in the same order as in the whole list, which is not made.
     */
    public Statement noteSides(Consumer<Consumer<String>> words) {
        return new Statement(new Text(null, () -> sideRuns(words)));
    }

    /**
     * The runs of {@link #noteSides}; a note with a word not in ASCII is analysed whole, as {@link
     * org.opencac.engine.mention.AnalyzedWords#analyze} does, and all its words kept.
     */
    private List<String> sideRuns(Consumer<Consumer<String>> words) {
        List<String> runs = new ArrayList<>();
        int[] open = {0};   // the words still to keep: those up to the latest side's last read one that is no size
        boolean[] ascii = {true};
        words.accept(word -> {
            String written = ascii[0] ? LimbSides.writtenOut(EyeSides.writtenOut(word)) : null;
            if (written == null || !TermNormalizer.isAscii(written)) {
                ascii[0] = false;
                return;
            }
            if (open[0] == 0 && !maySide(written)) {
                return;   // no side word among its analyzed words, and no run open: nothing kept
            }
            if (open[0] > 0 && written.equalsIgnoreCase("of") && bothSidesEnd(runs)) {
                runs.add(OF_STRUCTURE);   // "both sides of the joint": the sides of what follows, read up to the site
                open[0] = SIDE_SITE_WORDS;
                return;
            }
            for (String w : noteWords.analyzeReadOnly(written)) {
                boolean side = singleSides.contains(w) || bothSides.contains(w);
                if (side || open[0] > 0) {
                    runs.add(w);
                }
                if (side) {
                    open[0] = SIDE_SITE_WORDS;
                } else if (open[0] > 0 && !hasDigit(w)) {
                    open[0]--;
                }
            }
        });
        if (ascii[0]) {
            return runs;
        }
        StringBuilder b = new StringBuilder();
        words.accept(word -> b.append(word).append(' '));
        return noteWords.analyze(LimbSides.writtenOut(EyeSides.writtenOut(b.toString())));
    }

    /** Whether a written word holds the first letters of a side word ({@link #sideStarts}), in any case. */
    boolean maySide(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = Character.toLowerCase(written.charAt(i));
            for (String start : sideStarts) {
                if (start.charAt(0) == c && written.regionMatches(true, i, start, 0, start.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if the sibling's title adds a side word to the code's. */
    private boolean addsSide(Code from, Code sibling) {
        for (String w : added(from, sibling)) {
            if (sideWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True if the mention's words name a paired part in the plural ("painful feet": both sides). */
    private static boolean namesPluralPart(String named) {
        if (named == null) {
            return false;
        }
        for (String w : NON_LETTERS.split(named.toLowerCase(Locale.ROOT))) {
            if (PLURAL_PARTS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if side word {@code side} stands in the statement before a word (within {@link #SIDE_SITE_WORDS})
     * that names the sibling's site: a word of its title, or the organ of its chapter ({@code side_sites.tsv}).
     */
    private boolean sideOfSite(String side, Code sibling, List<String> statement) {
        Set<String> site = new HashSet<>(titleWordList(sibling.title()));
        site.removeAll(sideWords);
        addChapterOrgan(sibling, site);
        for (int i = 0; i < statement.size(); i++) {
            if (statement.get(i).equals(side) && sideQualifiesSite(statement, i, site)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a word of {@code site} stands within {@link #SIDE_SITE_WORDS} words after the side word at
     * {@code i}; a size between the side and the site is no word of its own ("left, a 3-cm ovarian cyst").
     */
    private boolean sideQualifiesSite(List<String> words, int i, Set<String> site) {
        int counted = 0;
        for (int k = i + 1; k < words.size() && counted < SIDE_SITE_WORDS; k++) {
            String w = words.get(k);
            if (site.contains(w) && (!positionWords.contains(w)
                    || k + 1 < words.size() && positionedLimbs.contains(words.get(k + 1)))) {
                return true;
            }
            if (!hasDigit(w)) {
                counted++;
            }
        }
        return false;
    }

    /**
     * Diagnostic statements a documented sibling may also come from, analyzed once, with the sibling found
     * for each code memoised: many mentions of one term share them, so each costs its length once per note.
     */
    public final class Statement {
        /** What depends on the statements' text alone: shared by the statements of codes of the same sentences. */
        private final Text text;
        /**
         * Whether the words a sibling adds are each written in the statements only as modifiers of mentions with the
         * named mention's head, and no one of them has all: "complex" of one seizure and "febrile" of another make
         * no complex febrile seizure. Read only when a sibling is found in the statements.
         */
        private final BiPredicate<Set<String>, String> joinsMentions;
        /** The side words of the term's own mentions, worked out on first use (most resolutions never read them). */
        private Supplier<String> ownSides;
        private Set<String> ownSideSet;
        /** The whole note's words, whose sides of a site an unspecified-side code may take ({@link #sideOfNote}). */
        private Text note;

        /**
         * @param text the statements; their negated parts are left out, as a clause's are, and a Roman stage
         *             number is read in Arabic ({@link StageNumerals})
         */
        public Statement(String text) {
            this(() -> text);
        }

        /**
         * Statements whose text is made only when a resolution first reads them: an unspecified code with no
         * sibling documented in its clause.
         */
        public Statement(Supplier<String> text) {
            this(text, "");
        }

        /**
         * @param ownSides the side words standing in the clauses of the term's own mentions of these statements
         *                 ("cancer of the left upper lobe"): a side they give is the term's wherever its site is
         */
        public Statement(Supplier<String> text, String ownSides) {
            this.text = new Text(text);
            this.ownSides = () -> ownSides;
            this.joinsMentions = (words, named) -> false;
        }

        /**
         * The same statements as {@code sameText} (its text, analyzed once for both, and the siblings found in
         * it), with the side words of another term's own mentions, made only if a resolution reads them.
         */
        public Statement(Statement sameText, Supplier<String> ownSides) {
            this(sameText, ownSides, (words, named) -> false);
        }

        /**
         * {@link #Statement(Statement, Supplier)} that also knows whose modifiers the words of
         * the statements are ({@link #joinsMentions}): the analyzed words a sibling adds and the named mention's
         * text in, true if those words come from several mentions of the mention's head and none has them all.
         */
        public Statement(Statement sameText, Supplier<String> ownSides,
                         BiPredicate<Set<String>, String> joinsMentions) {
            this.text = sameText.text;
            this.ownSides = ownSides;
            this.joinsMentions = joinsMentions;
        }

        private Statement(Text text) {
            this.text = text;
            this.ownSides = () -> "";
            this.joinsMentions = (words, named) -> false;
        }

        /**
         * These statements, now with the whole note ({@code note}'s text) read for the one side it gives a code's
         * site when neither the clause nor the statements name one.
         */
        public Statement withNote(Statement note) {
            this.note = note.text;
            note.text.asWritten = true;   // the note's sides, negated ones too: "no mass in the right kidney"
            return this;
        }

        /** The own side words analyzed, on first use. */
        private Set<String> ownSideSet() {
            if (ownSideSet == null) {
                String sides = ownSides.get();
                ownSideSet = sides.isEmpty() ? Set.of() : Set.copyOf(noteWords.analyze(sides));
                ownSides = null;
            }
            return ownSideSet;
        }

        private List<String> tokens() {
            return text.tokens();
        }

        private Set<String> tokenSet() {
            return text.tokenSet();
        }
    }

    /** The analyzed words of diagnostic statements and what is read from them alone, each worked out once. */
    private final class Text {
        /** The statements' text, read on first use (most resolutions never need it). */
        private Supplier<String> text;
        /** Per side word and sibling code, whether the statements give the side to the sibling's site (read once). */
        private final Map<String, Boolean> sideOfSite = new HashMap<>();
        /** Per side-adding sibling code, the sides the text writes before its site (read once). */
        private final Map<String, Set<String>> sidesOfSite = new HashMap<>();
        private List<String> tokens;
        private Set<String> tokenSet;
        private final Map<String, Optional<Code>> siblings = new HashMap<>();

        /** Whether negated parts are kept: a side a negation names ("sparing the right kidney") is still a side. */
        private boolean asWritten;

        /** The analyzed words given as they are, made on first use ({@link #noteSides}); null if read from the text. */
        private Supplier<List<String>> analyzed;

        Text(Supplier<String> text) {
            this.text = text;
        }

        Text(Supplier<String> text, Supplier<List<String>> analyzed) {
            this.text = text;
            this.analyzed = analyzed;
        }

        private List<String> tokens() {
            if (tokens == null && analyzed != null) {
                tokens = analyzed.get();
                analyzed = null;
            }
            if (tokens == null) {
                String written = text.get();
                tokens = noteWords.analyze(written == null ? null
                        : asWritten ? LimbSides.writtenOut(EyeSides.writtenOut(written)) : readForSpecificity(written));
                text = null;
            }
            return tokens;
        }

        /** The analyzed words as a set, made once; read only. */
        private Set<String> tokenSet() {
            if (tokenSet == null) {
                tokenSet = documentedWords(tokens());
            }
            return tokenSet;
        }
    }

    /**
     * The words around a mention (its clause), analyzed on first use and then kept, with their set: the
     * resolution of one code reads them up to three times, and the codes of one clause share them.
     */
    public final class Context {
        private final String text;
        private final Set<String> givenAway;
        private List<String> tokens;
        private Set<String> tokenSet;
        private Boolean hasDetailWord;

        /**
         * @param text the clause's words, or null if the mention has none; its negated parts are left out and
         *             a Roman stage number is read in Arabic ({@link StageNumerals})
         */
        public Context(String text) {
            this(text, "");
        }

        /**
         * @param text      as {@link #Context(String)}
         * @param givenAway the clause's detail words that qualify another finding coordinated with the mention
         *                  ("inguinal" in "lymphadenopathy and inguinal pain"): left out of the text, and no sibling
         *                  read from the note's statements may add them either
         */
        public Context(String text, String givenAway) {
            this.text = text == null ? null : readForSpecificity(text);
            this.givenAway = givenAway == null || givenAway.isBlank() ? Set.of() : Set.copyOf(noteWords.analyze(givenAway));
        }

        /** Whether a word a sibling adds is one the clause gave to a coordinated other finding. */
        private boolean givesAway(Set<String> added) {
            return !givenAway.isEmpty() && added.stream().anyMatch(givenAway::contains);
        }

        private boolean blank() {
            return text == null || text.isBlank();
        }

        private List<String> tokens() {
            if (tokens == null) {
                tokens = text == null ? List.of() : noteWords.analyze(text);
            }
            return tokens;
        }

        /** Whether some analyzed word is a detail word (worked out once): without one no child is selected. */
        private boolean hasDetailWord() {
            if (hasDetailWord == null) {
                hasDetailWord = !Collections.disjoint(tokenSet(), specificity);
            }
            return hasDetailWord;
        }

        /** The analyzed words as a set; read only. */
        private Set<String> tokenSet() {
            if (tokenSet == null) {
                tokenSet = documentedWords(tokens());
            }
            return tokenSet;
        }
    }

    /**
     * What a clause or a diagnostic statement documents for specificity: its text with each negated part left
     * out, each Roman stage number in Arabic ({@link StageNumerals}) and each eye abbreviation ({@link EyeSides})
     * and side-and-limb abbreviation ({@link LimbSides}) written out.
     */
    private String readForSpecificity(String text) {
        return withoutNegatedParts(LimbSides.writtenOut(EyeSides.writtenOut(StageNumerals.arabic(text))), negations);
    }

    /**
     * The text with each negated part left out: from a negation word ({@code negations}, as written, any case)
     * to the next comma, semicolon, colon or full stop. "COPD, not in exacerbation" keeps "COPD, ".
     */
    static String withoutNegatedParts(String text, Set<String> negations) {
        if (negations.isEmpty()) {
            return text;
        }
        int longest = 0;
        // an ASCII word lower-cased keeps its length and has its first letter lower-cased: a word whose length or
        // first letter no negation word has is none, and is not copied to be looked up
        long lengths = 0;
        boolean[] firsts = new boolean[128];
        for (String w : negations) {
            longest = Math.max(longest, w.length());
            lengths |= w.length() < 64 ? 1L << w.length() : 0;
            if (!w.isEmpty() && w.charAt(0) < 128) {
                firsts[w.charAt(0)] = true;
            }
        }
        StringBuilder kept = null;   // made at the first negated part: most texts have none, and are kept whole
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128 ? !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : !Character.isLetter(c)) {
                if (kept != null) {
                    kept.append(c);
                }
                i++;
                continue;
            }
            int end = i;
            boolean ascii = true;
            while (end < n) {
                char e = text.charAt(end);
                if (e < 128 ? !(e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e == '\'') : !Character.isLetter(e)) {
                    break;
                }
                ascii &= e < 128;
                end++;
            }
            // an ASCII word keeps its length when lower-cased: one longer than every negation word is none
            if ((!ascii || end - i <= longest && (end - i >= 64 || (lengths & 1L << (end - i)) != 0) && firsts[Character.toLowerCase(c)])
                    && negations.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
                while (end < n && ",;:.".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
            } else if (kept != null) {
                kept.append(text, i, end);
            }
            i = end;
        }
        return kept == null ? text : kept.toString();
    }

    /** The code of {@link #billable}, without the steps that explain it (ancestors are tried many, kept few). */
    private Code billableCode(String code, Context sentenceContext) {
        Code c = codeSet.get(code).orElse(null);
        if (c == null || c.billable()) {
            return c;
        }
        Code fallback = defaultChild(c);
        if (fallback == null) {
            return null;   // no billable code under it
        }
        Code specific = specificChild(c, sentenceContext);
        return specific != null ? specific : fallback;
    }

    /** A code made billable: itself, its header's documented child, or the header's default child. */
    private Resolution billable(String code, Context sentenceContext) {
        Code c = codeSet.get(code).orElse(null);
        if (c == null) {
            return new Resolution(null, List.of(code + " is not in " + codeSet.version().label()));
        }
        if (c.billable()) {
            return new Resolution(c, List.of("Tabular: " + c.code() + " is billable"));
        }
        Code fallback = defaultChild(c);
        if (fallback == null) {
            return new Resolution(null, List.of(c.code() + " has no billable code under it"));
        }
        Code specific = specificChild(c, sentenceContext);
        if (specific != null) {
            return new Resolution(specific, List.of("Tabular: " + c.code() + " is a header; the note's wording selects "
                    + specific.code() + " (" + specific.title() + ")"));
        }
        // the default inside a subcategory carved out of the header (R93.819 of R93.81-) is a part the note does not
        // name; a default among the header's own children (N70.11 of N70.1) is left to the rules above
        Code residual = fallback.code().length() > c.code().length() + 1 ? sameTitledChild(c) : null;
        if (residual != null) {
            return new Resolution(residual, List.of("Tabular: " + c.code() + " is a header; " + residual.code()
                    + " keeps its title (" + residual.title() + "), the codes beside it carve out parts the note"
                    + " does not name"));
        }
        return new Resolution(fallback, List.of("Tabular: " + c.code() + " is a header; default code "
                + fallback.code() + " (" + fallback.title() + ") used, no further detail documented"));
    }

    /**
     * The billable child titled as its header is (R93.89 under R93.8, "Abnormal findings on diagnostic imaging of
     * other specified body structures"), or null: a code split after an older index printed it keeps its meaning
     * there, beside the parts carved out of it (the testicle codes R93.81-), so a header the Index or the lexicon
     * names and the note's words refine no further is coded there, not at the "unspecified" code of a carved-out
     * part (only when the default lies in such a part: of N70.1 "Chronic salpingitis and oophoritis" a
     * hydrosalpinx keeps its child N70.11). Only for the header named itself: an ancestor tried for a default code
     * keeps its default child (leukocytosis stays D72.829, not "Other specified disorders of white blood cells").
     */
    private Code sameTitledChild(Code header) {
        for (Code k : codeSet.billableDescendants(header.code())) {
            if (k.code().length() == header.code().length() + 1 && k.title().equalsIgnoreCase(header.title())) {
                return k;
            }
        }
        return null;
    }

    /**
     * A child whose title carries a specificity word of the context that the header's own title does not
     * ("acute on chronic" for heart failure, "left" for a fracture); null if the context adds none.
     */
    private Code specificChild(Code header, Context context) {
        if (context.blank() || !context.hasDetailWord()) {
            return null;
        }
        List<Code> kids = codeSet.billableDescendants(header.code());
        if (kids.size() > 2000) {
            return null;
        }
        // Built as before from the word list: the ranking below reads the set in its iteration order.
        Set<String> contextWords = new HashSet<>(context.tokens());
        contextWords.retainAll(specificity);
        contextWords.removeAll(index.analyzeTitle(header.title()));
        if (contextWords.isEmpty()) {
            return null;
        }
        return searchSpecific(header, defaultChild(header), kids, contextWords, context.tokenSet());
    }

    /**
     * The children best matching some specificity words, best first (at most five): the code index's
     * scores for those words, read from a table built once for the closed list of specificity words.
     */
    private List<CodeHit> ranked(Code header, List<Code> kids, Set<String> contextWords, int max) {
        if (kids.isEmpty()) {
            return List.of();
        }
        return childScores.rank(contextWords, rankable.computeIfAbsent(header.code(), k -> childScores.among(kids)), max);
    }

    /** Each header's children as the score table ranks them, made once per header (a closed set). */
    private final ConcurrentHashMap<String, WordScoreTable.Among> rankable =
            new ConcurrentHashMap<>();

    /**
     * The best-ranked child that shares a specificity word with the context and whose title adds to the
     * default child's title only words the note documents: "acute on chronic systolic" selects I50.23
     * over I50.9, but "right" alone does not select "osteoarthritis, right shoulder" when no shoulder is
     * written.
     */
    private Code searchSpecific(Code header, Code reference, List<Code> kids, Set<String> contextWords,
                                Set<String> documented) {
        // ranked once, as deep as a second look may need: the best five are the first five of the longer list
        List<CodeHit> ranked = ranked(header, kids, contextWords, RANKED_AGAIN);
        List<CodeHit> hits = ranked.subList(0, Math.min(RANKED, ranked.size()));
        List<CodeHit> passing = passingHits(hits, kids, reference, contextWords, documented);
        if (passing.isEmpty() && hits.size() == RANKED && !reference.hasSeventh()) {
            // a word many children share ranks the longest titles last ("mild" in every mild dementia's title,
            // the one without disturbances the longest): the rest of them, when none of the best passes (not
            // among 7th-character codes, where the best five are one child's encounters)
            // residual "Other ..." children left out, as among cousins: a site word documents no specified type
            boolean otherOwn = OTHER.matcher(reference.title()).find();
            List<CodeHit> rest = ranked.stream()
                    .filter(h -> otherOwn || !OTHER.matcher(h.title()).find()).toList();
            passing = passingHits(rest, kids, reference, contextWords, documented);
        }
        if (passing.isEmpty()) {
            return null;
        }
        return codeSet.get(documentedAmong(passing, documented).code()).orElse(null);
    }

    /** The ranked children that pass as documented, in rank order. */
    private List<CodeHit> passingHits(List<CodeHit> hits, List<Code> kids, Code reference,
                                      Set<String> contextWords, Set<String> documented) {
        // the parts named read every child's title words: worked out only for a hit that passes the cheaper tests
        // before it (most hits fail them, and most headers' words read no limb from a part)
        Set<String> partsNamed = null;
        List<CodeHit> passing = new ArrayList<>(2);
        for (CodeHit h : hits) {
            // Words after "without" are what the code excludes: "nausea" in the note never selects "vomiting
            // without nausea".
            if (!sharesContextWord(h.title(), contextWords) || !addsOnlyDocumented(reference.title(), h.title(), documented)) {
                continue;
            }
            if (partsNamed == null) {
                partsNamed = partsNamed(documented, kids);
            }
            if ((partsNamed.isEmpty() || Collections.disjoint(titleWordList(h.title()), partsNamed))
                    && !excludesDocumented(h.title(), documented)) {
                passing.add(h);
            }
        }
        return passing;
    }

    /**
     * Of children that each pass as documented (best ranked first), the first whose own words (those not in
     * every one of them) the note documents: a header's title can hold two sites its children split ("Contracture,
     * ankle and foot": "right ankle", "right foot"), and the side alone passes each; the site written decides.
     * The first when none or all do.
     */
    private CodeHit documentedAmong(List<CodeHit> passing, Set<String> documented) {
        if (passing.size() == 1) {
            return passing.get(0);
        }
        Set<String> shared = new HashSet<>(titleWordList(passing.get(0).title()));
        for (CodeHit h : passing) {
            shared.retainAll(titleWordList(h.title()));
        }
        for (CodeHit h : passing) {
            boolean all = true;
            for (String w : titleWordList(h.title())) {
                if (!shared.contains(w) && !documented.contains(w) && !undocumented.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return h;
            }
        }
        return passing.get(0);
    }

    /**
     * The limb words the documented words hold only as read from a part ({@link #partOf}) that one of the codes
     * (the code resolved or those chosen from) names itself: the part has its own code there, so the limb is not
     * documented ("ulcer of ankle" never becomes "ulcer of other part of lower leg"). Empty when no limb was read
     * from a part.
     */
    private Set<String> partsNamed(Set<String> documented, List<Code> codes) {
        if (!(documented instanceof PairReadWords p) || p.partLimbs.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>(2);
        p.partLimbs.forEach((limb, parts) -> {
            for (Code c : codes) {
                if (!Collections.disjoint(titleWordList(c.title()), parts)) {
                    out.add(limb);
                    return;
                }
            }
        });
        return out;
    }

    /** Whether a title's words before any "without ..." phrase, other than "with" and "without", hold a context word. */
    private boolean sharesContextWord(String title, Set<String> contextWords) {
        for (String w : withoutExcluded(title)) {
            if (contextWords.contains(w) && !w.equals("with") && !w.equals("without")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word {@link #addedWords(String, String)} finds in {@code to} beyond {@code from}, other than
     * the undocumented words, is documented: the same answer, read off the titles' memoised word lists with no
     * set made (most ranked children are passed over, and each was given four sets).
     */
    private boolean addsOnlyDocumented(String from, String to, Set<String> documented) {
        return addsOnlyDocumented(titleWordList(from), titleWordList(to), documented)
                && addsOnlyDocumented(statedWordList(from), statedWordList(to), documented);
    }

    private boolean addsOnlyDocumented(List<String> from, List<String> to, Set<String> documented) {
        for (String w : to) {
            if (!documented.contains(w) && !undocumented.contains(w) && !from.contains(w)) {
                return false;
            }
        }
        return !PairReadWords.joinsPair(documented, to);
    }

    /**
     * Whether a title's "without ..." phrase names a word the note documents: "Vomiting without nausea" is
     * never the code of vomiting written beside nausea (those are R11.2 together).
     */
    private boolean excludesDocumented(String title, Set<String> documented) {
        for (String w : withoutPhraseWords(title)) {
            if (documented.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words a title names only in its "without ..." phrases, as absent: worked out once per title. */
    private List<String> withoutPhraseWords(String title) {
        return withoutWords.computeIfAbsent(title, t -> {
            List<String> words = new ArrayList<>();
            Matcher m = WITHOUT_PHRASE.matcher(t);
            while (m.find()) {
                words.addAll(index.analyzeTitle(WITHOUT_SCOPE_END.split(m.group(), 2)[0]));
            }
            words.removeAll(List.of("without", "or", "and", "of", "the"));
            words.removeAll(withoutExcluded(t));   // "Right tubal pregnancy without intrauterine pregnancy"
            return List.copyOf(words);
        });
    }

    /** Analyzed words of a title's "without ..." phrases, per code title (see {@link #excludesDocumented}). */
    private final ConcurrentHashMap<String, List<String>> withoutWords =
            new ConcurrentHashMap<>();

    /** A title's analyzed words before any "without ..." phrase, once per title (titles are a closed set). */
    private List<String> withoutExcluded(String title) {
        return withoutExcluded.computeIfAbsent(title,
                t -> index.analyzeTitle(WITHOUT_PHRASE.matcher(t).replaceAll("")));
    }

    /** A title's analyzed words without its parenthesized nonessential modifiers (a new, modifiable set). */
    private Set<String> titleWords(String title) {
        return new HashSet<>(titleWordList(title));
    }

    /**
     * {@link #titleWords} as a list in title order, read only: worked out once per title, as titles are a
     * closed set (the code set's), so the memo never outgrows the code set.
     */
    private List<String> titleWordList(String title) {
        return titleWords.computeIfAbsent(title,
                t -> List.copyOf(index.analyzeTitle(PARENTHESES.matcher(t).replaceAll(" "))));
    }

    /**
     * The Index-style default among a header's billable codes: the one that adds least to the header's
     * title, preferring "without complication(s)", "unspecified" and "status unknown" codes and avoiding
     * "with ..." complications, then the title leaving more unspecified, then the shorter code, then
     * published order; 7-character codes prefer the
     * initial encounter (A).
     */
    Code defaultChild(Code header) {
        Code known = defaults.get(header.code());
        if (known != null) {
            return known;   // read from the models' cache, or worked out before in this process
        }
        List<Code> kids = codeSet.billableDescendants(header.code());
        if (kids.isEmpty()) {
            return null;
        }
        return defaults.computeIfAbsent(header.code(), h -> computeDefaultChild(header, kids));
    }

    /**
     * Fills {@link #defaults} for every header of the code set, and {@link #keptSiblingWords} for every code a
     * documented sibling may be sought for, from tables kept in the models' cache directory, making them first
     * when they are missing or were made for other data or rules: both depend only on the code set, the title
     * analysis and this class's rules, so a new process need not work them out again the first time a note
     * meets each code. Without a cache directory (an index in memory) nothing is kept and each is worked out on
     * first use, as before.
     */
    private Map<String, String> readTables() {
        Optional<java.nio.file.Path> dir = index.derivedDir();
        if (dir.isEmpty()) {
            return Map.of();
        }
        String key = CodeTableFile.key(List.of("code resolver tables", codeSet.version().label(),
                Integer.toString(codeSet.size()), String.join(" ", new TreeSet<>(specificity)),
                String.join(" ", new TreeSet<>(undocumented)), String.join(" ", new TreeSet<>(unspecifiedWord)),
                DefaultTitlePhrases.bundled().toString()),
                List.of(CodeResolver.class));
        java.nio.file.Path home = dir.get();
        defaults.putAll(CodeTableFile.readOrBuild(home.resolve("default-children-" + key.substring(0, 16) + ".bin"), key,
                () -> {
                    Map<String, List<String>> table = new LinkedHashMap<>();
                    for (Code c : codeSet.all()) {
                        Code d = c.billable() ? null : defaultChild(c);
                        if (d != null) {
                            table.put(c.code(), List.of(d.code()));
                        }
                    }
                    return table;
                }, table -> {
                    Map<String, Code> read = new HashMap<>(table.size() * 2);
                    table.forEach((header, child) -> read.put(known(header).code(), known(child.get(0))));
                    return read;
                }));
        return CodeTableFile.readOrBuild(home.resolve("sibling-words-" + key.substring(0, 16) + ".bin"), key,
                () -> {
                    Map<String, List<String>> table = new LinkedHashMap<>();
                    for (Code c : codeSet.all()) {
                        if (c.billable() && isDefault(c) && saysUnspecified(c.title())) {
                            List<String> rows = new ArrayList<>();
                            addedWords(c, siblings(c)).forEach(e -> rows.add(row(e)));
                            rows.add(COUSINS);
                            addedWords(c, cousins(c)).forEach(e -> rows.add(row(e)));
                            if (rows.stream().allMatch(r -> r.equals(COUSINS) || keepable(r))) {
                                table.put(c.code(), List.of(String.join("\n", rows)));   // else worked out on first use
                            }
                        }
                    }
                    return table;
                }, table -> {
                    Map<String, String> read = new HashMap<>(table.size() * 2);
                    table.forEach((code, rows) -> {
                        if (rows.size() != 1 || !rows.get(0).contains(COUSINS)) {
                            throw new IllegalStateException("not the rows of a code: " + code);
                        }
                        read.put(known(code).code(), rows.get(0));
                    });
                    return read;
                });
    }

    /**
     * Parts the sibling rows of a code from its cousin rows in {@link #keptSiblingWords}, where each row is a
     * line of one string per code (a string per code rather than per row keeps the table small in memory).
     */
    private static final String COUSINS = "|";

    /** The kept {@link #siblingWords} and {@link #cousinWords} of a code, null if none were kept (for tests). */
    List<List<Map.Entry<Code, Set<String>>>> keptSiblingAndCousinWords(Code code) {
        String kept = keptSiblingWords.get(code.code());
        return kept == null ? null : List.of(rows(kept, false), rows(kept, true));
    }

    /** {@link #siblingWords} and {@link #cousinWords} of a code worked out anew, nothing kept read (for tests). */
    List<List<Map.Entry<Code, Set<String>>>> workedOutSiblingAndCousinWords(Code code) {
        return List.of(addedWords(code, siblings(code)), addedWords(code, cousins(code)));
    }

    /** A header's default child worked out anew, nothing kept read (for tests); null if it has no billable code. */
    Code workedOutDefaultChild(Code header) {
        List<Code> kids = codeSet.billableDescendants(header.code());
        return kids.isEmpty() ? null : computeDefaultChild(header, kids);
    }

    /** A code with the words it adds, as kept: the code, then each word after a space. */
    private static String row(Map.Entry<Code, Set<String>> e) {
        return e.getKey().code() + " " + String.join(" ", new TreeSet<>(e.getValue()));
    }

    /** Whether a row reads back as written: words of no space, none empty. */
    private static boolean keepable(String row) {
        return !row.contains("  ") && !row.endsWith(" ") && row.indexOf(' ') > 0;
    }

    /**
     * The rows of {@link #row} kept for a code, back as codes with their words: the siblings' rows (before
     * {@link #COUSINS}) or the cousins' (after it).
     */
    private List<Map.Entry<Code, Set<String>>> rows(String kept, boolean cousins) {
        List<Map.Entry<Code, Set<String>>> out = new ArrayList<>();
        boolean inCousins = false;
        for (String r : kept.split("\n")) {
            if (r.equals(COUSINS)) {
                inCousins = true;
            } else if (inCousins == cousins) {
                String[] f = r.split(" ");
                out.add(Map.entry(known(f[0]), Set.of(Arrays.copyOfRange(f, 1, f.length))));
            }
        }
        return List.copyOf(out);
    }

    /** A code of the code set, or an error naming a code that is not (a table kept for another code set). */
    private Code known(String code) {
        return codeSet.get(code).orElseThrow(() -> new IllegalStateException(
                "names a code not in " + codeSet.version().label() + ": " + code));
    }

    private Code computeDefaultChild(Code header, List<Code> kids) {
        Set<String> headerWords = new HashSet<>(index.analyzeTitle(header.title()));
        Set<String> kidTitles = new HashSet<>();
        for (Code k : kids) {
            kidTitles.add(k.title().toLowerCase(Locale.ROOT));
        }
        Code best = null;
        long bestRank = Long.MAX_VALUE;
        for (Code k : kids) {
            String t = k.title().toLowerCase(Locale.ROOT);
            long rank = 0;
            // a title writing that a detail is not documented: "uncomplicated"; "not having achieved remission", which
            // the Tabular's inclusion terms make the code of the disease NOS (C91.00, C88.40)
            if (isDefault(k) || t.contains("without complication") || DefaultTitlePhrases.bundled().writesPhrase(t)) {
                rank -= 50;
            }
            // A poisoning or toxic effect whose intent the note does not tell is accidental (Guidelines
            // I.C.19.e.5.b): T56.0X1A "..., accidental (unintentional)", not the shorter-titled assault code
            if (t.contains("accidental (unintentional)")) {
                rank -= 50;
            }
            if (withOfWithoutSibling(t, kidTitles)) {
                rank += 50;   // the complication a sibling's title denies is a fact to document
            }
            // An undocumented status is "status unknown", never "without": a note silent on loss of
            // consciousness gives S06.9XAA, not S06.9X0A ("without loss of consciousness" is a finding)
            boolean unknownStatus = t.contains("status unknown");
            if (unknownStatus) {
                rank -= 50;
            }
            if (k.code().replace(".", "").length() == 7 && k.code().charAt(k.code().length() - 1) != 'A') {
                rank += 1000;
            }
            // The title's extra words only add to the rank (and "with" adds 100): a code that cannot beat the
            // best even without them is passed over before its title is analyzed.
            if (rank * 100 >= bestRank) {
                continue;
            }
            if (!unknownStatus && WITH.matcher(t).find()) {
                rank += 100;
                if (rank * 100 >= bestRank) {
                    continue;
                }
            }
            // what the title leaves open ("unspecified", "unspecified depth") adds no detail: of "Endometriosis of
            // ovary, unspecified side, unspecified depth" and "Superficial endometriosis of ovary, unspecified
            // ovary", the first is the default, the second documents a depth; of "Craniosynostosis, unspecified"
            // and "..., unspecified type, unilateral", the first
            // nor does a phrase saying a detail is not documented ("unspecified weeks of gestation")
            String open = DefaultTitlePhrases.bundled().withoutPhrases(k.title());
            Set<String> extra = new HashSet<>(index.analyzeTitle(OPEN_AXIS.matcher(open).replaceAll(" ")));
            extra.removeAll(headerWords);
            rank += extra.size() * 10;
            // at equal words, the title leaving more unspecified is the default: of "Unspecified scleritis,
            // bilateral" and "Unspecified scleritis, unspecified eye" (one word each), the second
            rank = (rank * 10 + 9 - Math.min(9, defaultMarks(k.title()))) * 10 + k.code().length();
            if (rank < bestRank) {
                best = k;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Whether a title says "with" something that a sibling's otherwise identical title says "without": K21.01
     * "... with esophagitis, with bleeding" beside K21.00 "..., without bleeding". The complication is a fact to
     * document; a note that does not tell it gets the code without it, however few words that code's title adds
     * to the header's.
     */
    static boolean withOfWithoutSibling(String title, Set<String> siblingTitles) {
        Matcher m = WITH.matcher(title);
        while (m.find()) {
            String without = title.substring(0, m.start()) + "without" + title.substring(m.end());
            if (siblingTitles.contains(without)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The billable sibling of a default code (under its nearest ancestor that has others, same 7th character)
     * whose title adds to the code's title only words the context documents, the one adding most winning:
     * "stage 3b" gives N18.32 for N18.30. A number counts only after the title word before it ("stage 2",
     * not a list item's "2.").
     */
    private Code documentedSibling(Code code, List<String> contextTokens, Set<String> documented, String named,
                                   boolean clause) {
        if (contextTokens.isEmpty()) {
            return null;
        }
        Code near = documentedAmong(code, siblingWords(code), contextTokens, documented, named, clause);
        // An unspecified axis may be split one level up ("Nicotine dependence, unspecified" F17.20- beside
        // "..., cigarettes" F17.21-): the subcategories' codes, when no sibling is documented
        if (near != null) {
            return near;
        }
        // a cousin sits in another subcategory: it must keep what the code's own title documents ("Pain in
        // unspecified ankle ..." read for a clause naming the ankle never becomes a knee's code because the
        // clause names a knee as well); one that drops a documented word is passed over for the next
        List<Map.Entry<Code, Set<String>>> cousins = cousinWords(code);
        Code far = documentedAmong(code, cousins, contextTokens, documented, named, clause);
        while (far != null && dropsDocumented(code, far, documented)) {
            Code dropped = far;
            cousins = cousins.stream().filter(e -> !e.getKey().equals(dropped)).toList();
            far = documentedAmong(code, cousins, contextTokens, documented, named, clause);
        }
        return far;
    }

    /** Whether {@code to}'s title leaves out a word of {@code from}'s title the context documents. */
    private boolean dropsDocumented(Code from, Code to, Set<String> documented) {
        for (String w : added(to, from)) {
            if (documented.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Each cousin ({@link #cousins}) with the words its title adds to the code's, worked out once per code. */
    private List<Map.Entry<Code, Set<String>>> cousinWords(Code code) {
        return cousinWords.computeIfAbsent(code.code(), k -> {
            String kept = keptSiblingWords.get(k);
            return kept != null ? rows(kept, true) : addedWords(code, cousins(code));
        });
    }

    /**
     * Each sibling ({@link #siblings}) with the words its title adds to the code's, those adding none left out,
     * in sibling order: depends only on the code set, so worked out once per code.
     */
    private List<Map.Entry<Code, Set<String>>> siblingWords(Code code) {
        return siblingWords.computeIfAbsent(code.code(), k -> {
            String kept = keptSiblingWords.get(k);
            return kept != null ? rows(kept, false) : addedWords(code, siblings(code));
        });
    }

    /** The candidates whose titles add words to the code's, each with those words, in candidate order. */
    private List<Map.Entry<Code, Set<String>>> addedWords(Code code, List<Code> candidates) {
        List<Map.Entry<Code, Set<String>>> out = new ArrayList<>();
        for (Code c : candidates) {
            if (becomesManifestation(code, c)) {
                continue;
            }
            Set<String> added = added(code, c);
            if (!added.isEmpty()) {
                out.add(Map.entry(c, Set.copyOf(added)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether {@code to} leaves out a course word of {@code from}'s title ({@code course_words.txt}) that the clause
     * documents: "chronic gastritis" (K29.50) in "acute and chronic gastritis" is not the acute code its category's
     * other child names, though the clause writes "acute". The form the code was read as is the one the note names;
     * a code dropping it codes another form (Guidelines I.B.8: a condition documented both acute and chronic, with
     * separate Index subentries, takes both codes). Other dropped words are a class the child names a kind of
     * ("deep veins" for the femoral vein) and leave it alone.
     */
    private boolean dropsDocumentedWord(Code from, Code to, Context context) {
        for (String w : added(to, from)) {
            if (courseWords.contains(w) && context.tokenSet().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code to} is a manifestation code ("Eosinophilia in diseases classified elsewhere", "Erectile
     * dysfunction due to diseases classified elsewhere") and {@code from} is not: such a code is reported
     * after its underlying disease (Guidelines I.A.13), which a clause's "in" or "due" alone never names,
     * so specificity never moves to it (the Index's "in"/"due to" subterms and "code first" notes do).
     */
    private static boolean becomesManifestation(Code from, Code to) {
        return MANIFESTATION.matcher(to.title()).find() && !MANIFESTATION.matcher(from.title()).find();
    }

    private static final Pattern MANIFESTATION = Pattern.compile("(?i)\\bclassified elsewhere\\b");

    /** The candidate adding most words, all documented (numbers in place); the first of equals wins. */
    private Code documentedAmong(Code code, List<Map.Entry<Code, Set<String>>> candidates, List<String> contextTokens,
                                 Set<String> documented, String named, boolean clause) {
        Code best = null;
        int bestAdded = 0;
        // the parts named read the title words of the code and every candidate: worked out only for a candidate
        // that passes the cheaper tests before it (most fail them)
        Set<String> partsNamed = documented instanceof PairReadWords p && !p.partLimbs.isEmpty() ? null : Set.of();
        for (Map.Entry<Code, Set<String>> e : candidates) {
            Set<String> added = e.getValue();
            boolean better = added.size() > bestAdded
                    || best != null && added.size() == bestAdded && statesLess(code, e.getKey(), best);
            if (!better || !documentsAll(documented, added, clause)) {
                continue;
            }
            if (partsNamed == null) {
                partsNamed = partsNamed(documented, Stream.concat(Stream.of(code),
                        candidates.stream().map(Map.Entry::getKey)).toList());
            }
            if ((partsNamed.isEmpty() || Collections.disjoint(added, partsNamed))
                    && !PairReadWords.joinsPair(documented, titleWordList(e.getKey().title()))
                    && numbersInPlace(e.getKey(), added, contextTokens, documented)
                    && prefixesInPlace(e.getKey(), added, contextTokens, documented)
                    && keepsCondition(code, e.getKey(), named) && !excludesDocumented(e.getKey().title(), documented)
                    && !otherKind(code, e.getKey()) && !vaguerDefault(code, e.getKey(), documented)
                    && !residualType(code, e.getKey(), added)) {
                best = e.getKey();
                bestAdded = added.size();
            }
        }
        return best;
    }

    /**
     * Whether {@code other} is a residual code of the category ("Other osteomyelitis, ankle and foot") that the
     * code, whose type is left unspecified ("Osteomyelitis, unspecified"), would reach only by the site and side
     * words its title writes after its first comma: the residual's "other" names a specified type not elsewhere
     * classified (the Index's "specified type NEC"), which a site or a side never documents. The Index files a
     * condition of a stated site and no stated type under the unspecified code (Osteomyelitis -> M86.9, whatever
     * bone is named). A residual adding a word of its own type ("Other unilateral secondary osteoarthritis of
     * knee") is not one.
     */
    private boolean residualType(Code code, Code other, Set<String> added) {
        if (!startsOther(other.title()) || startsOther(code.title()) || !saysUnspecified(code.title())) {
            return false;
        }
        int comma = other.title().indexOf(',');
        return comma > 0 && titleWordList(other.title().substring(comma + 1)).containsAll(added);
    }

    private static boolean startsOther(String title) {
        return title.regionMatches(true, 0, "Other ", 0, 6);
    }

    /**
     * Whether the words hold every word a sibling adds. A clause naming one side only ("right coronal
     * synostosis", "left-sided ...") documents "unilateral" where the code set splits a condition into
     * unilateral and bilateral without a right or left axis (Q75.02-, Guidelines I.B.13); a statement's side
     * may be another site's, so only the mention's own clause gives it.
     */
    private boolean documentsAll(Set<String> documented, Set<String> added, boolean clause) {
        if (documented.containsAll(added)) {
            return true;
        }
        if (!clause) {
            return false;
        }
        for (String w : added) {
            if (!documented.contains(w) && !(unilateralWord.contains(w) && namesOneSide(documented))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words name right or left, not both and not as one of two ("bilateral", "both"). */
    private boolean namesOneSide(Set<String> documented) {
        int sides = 0;
        for (String side : singleSides) {
            if (documented.contains(side)) {
                sides++;
            }
        }
        if (sides != 1) {
            return false;
        }
        for (String both : bothSides) {
            if (documented.contains(both)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Of two codes that document as much as each other, whether {@code a} states less beyond it than {@code b}:
     * it keeps more of the code's own title ("Major depressive disorder, single episode, moderate" beside
     * "Depression, unspecified" for a major depressive disorder), then leaves more unstated ("Unspecified tear
     * ..., left knee", not "Other tear ..., left knee", for a tear of the left knee of no stated type).
     */
    private boolean statesLess(Code code, Code a, Code b) {
        int lostA = lostWords(code, a);
        int lostB = lostWords(code, b);
        if (lostA != lostB) {
            return lostA < lostB;
        }
        return defaultMarks(a.title()) > defaultMarks(b.title());
    }

    /**
     * Whether the other code refines the code's condition rather than naming another condition of the
     * category: it keeps some word of the code's own title (its "unspecified", "other" and like words aside)
     * or of the mention's own words ("anisocoria" reaches "Anisocoria" from "Unspecified anomaly of pupillary
     * function"), or the nearest header above both names the code's condition ("bandemia" beside an elevated
     * white count: both lie under "Elevated white blood cell count"). Otherwise the clause's words name a
     * condition of its own, so "dyspareunia" beside dysmenorrhea never makes "Dysmenorrhea, unspecified"
     * into "Unspecified dyspareunia" (N94, "Pain and other conditions associated with female genital organs
     * and menstrual cycle", names neither). {@code named} null: no mention, no check.
     */
    private boolean keepsCondition(Code code, Code other, String named) {
        if (named == null) {
            return true;
        }
        Set<String> own = titleWords(code.title());
        own.removeAll(undocumented);
        Set<String> others = titleWords(other.title());
        if (own.isEmpty() || !Collections.disjoint(own, others)
                || !Collections.disjoint(noteWords.analyze(named), others)) {
            return true;
        }
        for (Code a : codeSet.ancestors(code.code())) {
            if (other.code().startsWith(a.code())) {
                return !Collections.disjoint(own, titleWords(a.title()));
            }
        }
        return false;
    }

    /**
     * Whether {@code other} names the condition less closely than the code: it leaves out a word of the code's
     * title that states its kind (its "unspecified", "other" and like words aside) and adds the genus that word
     * already says ("bronchopneumonia" is a pneumonia). So "Bronchopneumonia, unspecified organism", which the
     * Index reached for a diffuse pneumonia, becomes neither "Other pneumonia, unspecified organism" nor
     * "Pneumonia, unspecified organism": the genus word the code's own word holds documents no other kind. A
     * residual sibling whose added words the clause names on their own ("bursitis") is still read.
     */
    private boolean otherKind(Code code, Code other) {
        Set<String> lost = titleWords(code.title());
        lost.removeAll(titleWords(other.title()));
        lost.removeAll(undocumented);
        if (lost.isEmpty()) {
            return false;
        }
        Set<String> added = added(code, other);
        for (String l : lost) {
            for (String a : added) {
                if (l.length() > a.length() && l.endsWith(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code other} is itself a default that leaves out words of the code's title the clause documents,
     * and adds only another form of a word the code's title already has: it names the documented condition more
     * vaguely. "Major depression disorder" stays "Major depressive disorder, single episode, unspecified", never
     * "Depression, unspecified" for its word "depression" (a clause saying only "depression" still gets it);
     * "Ganglion, unspecified site" still becomes "Ganglion, unspecified wrist", whose "wrist" is a new word. A code
     * that leaves only its side unspecified never becomes a default that calls its one new word, the site, unspecified:
     * "Pain in leg, unspecified" for a documented lower limb is never "Pain in unspecified limb".
     */
    private boolean vaguerDefault(Code code, Code other, Set<String> documented) {
        if (!saysUnspecified(other.title())) {
            return false;
        }
        Set<String> lost = lostWordSet(code, other);
        lost.removeAll(undocumented);
        if (lost.isEmpty() || Collections.disjoint(lost, documented)) {
            return false;
        }
        List<String> own = titleWordList(code.title());
        Set<String> added = added(code, other);
        if (added.isEmpty()) {
            return false;
        }
        // a code whose title leaves only the side unspecified ("Pain in leg, unspecified") against a default whose one
        // new word is the site it calls unspecified ("Pain in unspecified limb"): the documented site is lost
        boolean siteMadeUnspecified = lost.size() == 1 && added.size() == 1
                && code.title().toLowerCase(Locale.ROOT).endsWith(", unspecified")
                && other.title().toLowerCase(Locale.ROOT).contains("unspecified " + added.iterator().next());
        if (siteMadeUnspecified) {
            return true;
        }
        for (String a : added) {
            if (own.stream().noneMatch(w -> !w.equals(a) && sameStem(w, a))) {
                return false;
            }
        }
        return true;
    }

    /** Two forms of one word: a common beginning of at least six letters ("depressive", "depression"). */
    private static boolean sameStem(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i >= 6;
    }

    /** How many words of the code's title the other code's title leaves out. */
    private int lostWords(Code code, Code other) {
        return lostWordSet(code, other).size();
    }

    /** The words of the code's title the other code's title leaves out (a new set, the caller's to change). */
    private Set<String> lostWordSet(Code code, Code other) {
        Set<String> lost = titleWords(code.title());
        lost.removeAll(titleWordList(other.title()));
        lost.removeAll(unspecifiedWord);   // saying more than "unspecified" loses nothing
        return lost;
    }

    /**
     * True if a word the sibling adds is one the clause gave to a coordinated other finding
     * ({@link Context#givesAway}), or the words it adds are the modifiers of several mentions of the named mention's
     * head ({@link Statement#joinsMentions}). The added words are worked out once, and only if either can hold.
     */
    private boolean givenAwayOrJoined(Code c, Code sibling, Context context, Statement statement, String named) {
        if (context.givenAway.isEmpty() && named == null) {
            return false;
        }
        Set<String> added = added(c, sibling);
        return context.givesAway(added) || named != null && statement.joinsMentions.test(added, named);
    }

    /**
     * The words a code's title adds to another's, without parenthesized modifiers and undocumented words (read
     * only). It reads the two titles and the fixed vocabulary alone, so it is worked out once per pair of titles
     * (a clause's resolution asks it for each sibling of each candidate, and the same pairs come back note after
     * note); the set kept is the one first made, so its order of iteration is unchanged.
     */
    private Set<String> added(Code from, Code to) {
        Set<String> added = addedByTitles.get(new TitlePair(from.title(), to.title()));
        if (added.isEmpty()) {
            return added;
        }
        // a word of a heading both codes sit under is said of the code too, whether or not its own title repeats
        // it: "ST elevation (STEMI) myocardial infarction of unspecified site" is under "Acute myocardial
        // infarction", so its sibling "Acute myocardial infarction, unspecified" adds nothing a note's "acute" tells
        List<String> heading = sharedHeadingWords(from, to);
        if (heading.isEmpty() || Collections.disjoint(added, heading)) {
            return added;
        }
        Set<String> out = new HashSet<>(added);
        out.removeAll(heading);
        return Collections.unmodifiableSet(out);
    }

    /** Each code's {@link CodeSet#ancestors}, worked out once per code (a closed set: the code set's). */
    private final ConcurrentHashMap<String, List<Code>> ancestorsOf =
            new ConcurrentHashMap<>();

    /**
     * A heading whose words are not each said of every code under it: a union of conditions ("Undescended and
     * ectopic testicle", "Excessive, frequent and irregular menstruation", "Dentofacial anomalies [including
     * malocclusion]") or a residual ("Other joint disorder").
     */
    private static final Pattern UNION_HEADING =
            Pattern.compile("(?i)\\b(?:and|or|other|specified|unspecified|not)\\b|[,(\\[]");

    /**
     * Each heading's title words when it says one condition of each code under it ({@link #UNION_HEADING} left
     * out: an empty list), per heading code, worked out once.
     */
    private final ConcurrentHashMap<String, List<String>> singleConditionHeadingWords = new ConcurrentHashMap<>();

    /**
     * The title words of the headings (category, subcategory) both codes sit under that say one condition of each
     * code under them; empty if none.
     */
    private List<String> sharedHeadingWords(Code from, Code to) {
        List<String> out = List.of();
        List<Code> toAncestors = ancestorsOf.computeIfAbsent(to.code(), codeSet::ancestors);
        for (Code a : ancestorsOf.computeIfAbsent(from.code(), codeSet::ancestors)) {
            if (!toAncestors.contains(a)) {
                continue;
            }
            List<String> words = singleConditionHeadingWords.computeIfAbsent(a.code(),
                    k -> UNION_HEADING.matcher(a.title()).find() ? List.of() : titleWordList(a.title()));
            if (!words.isEmpty()) {
                out = out.isEmpty() ? words : Stream.concat(out.stream(), words.stream()).toList();
            }
        }
        return out;
    }

    private Set<String> computeAdded(TitlePair titles) {
        Set<String> added = addedWords(titles.from(), titles.to());
        added.removeAll(undocumented);
        return Collections.unmodifiableSet(added);
    }

    /** Two code titles, the one a resolution starts from and the one it weighs. */
    private record TitlePair(String from, String to) {
    }

    /** {@link #added} per pair of titles (title pairs are a closed set, but bounded all the same). */
    private final BoundedCache<TitlePair, Set<String>> addedByTitles =
            new BoundedCache<>(200_000, this::computeAdded);

    /**
     * The words title {@code to} adds to title {@code from}: its words {@code from} lacks, and the words it
     * states that {@code from} names only as absent or unstated. "Bilateral inguinal hernia, with gangrene,
     * recurrent" adds "gangrene" and "recurrent" to "Bilateral inguinal hernia, without obstruction or
     * gangrene, not specified as recurrent". Words {@code to} names only in a "without ..." phrase are not added:
     * "Spondylosis without myelopathy or radiculopathy, lumbar region" adds "lumbar region" to "Spondylosis,
     * unspecified", as "Other spondylosis, lumbar region" does, and the title stating less wins the tie.
     */
    private Set<String> addedWords(String from, String to) {
        Set<String> added = titleWords(to);
        added.removeAll(titleWords(from));
        // what {@code to} names only as absent ("without myelopathy or radiculopathy") is no word a note must write
        added.removeAll(withoutPhraseWords(to));
        Set<String> stated = statedWords(to);
        stated.removeAll(statedWords(from));
        added.addAll(stated);
        return added;
    }

    /** A title's words without its parenthesized modifiers and its "without ..." and "not ..." phrases. */
    private Set<String> statedWords(String title) {
        return new HashSet<>(statedWordList(title));
    }

    /** {@link #statedWords} as a list in title order, read only, worked out once per title. */
    private List<String> statedWordList(String title) {
        return statedWords.computeIfAbsent(title, t -> List.copyOf(index.analyzeTitle(
                NOT_STATED.matcher(PARENTHESES.matcher(t).replaceAll(" ")).replaceAll(" "))));
    }

    private boolean numbersInPlace(Code sibling, Set<String> added, List<String> contextTokens, Set<String> documented) {
        List<String> title = titleWordList(sibling.title());
        for (int i = 1; i < title.size(); i++) {
            if (added.contains(title.get(i)) && Character.isDigit(title.get(i).charAt(0))
                    && !adjacent(contextTokens, title.get(i - 1), title.get(i))
                    && !readInPlace(documented, title.get(i - 1), title.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether each bound prefix a sibling adds ("Non-ST elevation (NSTEMI) myocardial infarction" beside "ST
     * elevation ...") stands in the clause right before the title word it is said of: the "non" of another
     * condition's name in the same clause ("non-small-cell") documents no non-ST elevation.
     */
    private boolean prefixesInPlace(Code sibling, Set<String> added, List<String> contextTokens, Set<String> documented) {
        List<String> title = titleWordList(sibling.title());
        for (int i = 0; i + 1 < title.size(); i++) {
            String w = title.get(i);
            if (added.contains(w) && boundPrefixes.contains(w) && !adjacent(contextTokens, w, title.get(i + 1))
                    && !readInPlace(documented, w, title.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word pair of the clause reads as title words holding {@code first} right before {@code second}. */
    private static boolean readInPlace(Set<String> documented, String first, String second) {
        if (documented instanceof PairReadWords p) {
            for (List<String> r : p.readings) {
                if (adjacent(r, first, second)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean adjacent(List<String> tokens, String first, String second) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).equals(second) && tokens.get(i - 1).equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** Billable codes under the nearest ancestor that has others, with the same 7th character if any. */
    private List<Code> siblings(Code code) {
        return siblings.computeIfAbsent(code.code(), k -> {
            for (Code a : codeSet.ancestors(code.code())) {
                List<Code> kids = codeSet.billableDescendants(a.code()).stream()
                        .filter(x -> !x.code().equals(code.code()))
                        .filter(x -> CousinCodes.sameSeventh(code, x))
                        .toList();
                if (kids.size() > MAX_SIBLINGS) {
                    return List.of();
                }
                if (!kids.isEmpty()) {
                    return kids;
                }
            }
            return List.of();
        });
    }

    /** The cousins of a code ({@link CousinCodes}), found once per code. */
    private List<Code> cousins(Code code) {
        return cousins.computeIfAbsent(code.code(), k -> CousinCodes.of(codeSet, code, siblings(code), MAX_SIBLINGS));
    }

    /** The detail words of {@code specificity_words.tsv}. */
    static Set<String> readWords() {
        return readWords(DETAIL_KIND);
    }

    /** The words of one kind in {@code specificity_words.tsv}; a malformed row fails at start-up. */
    static Set<String> readWords(String kind) {
        return words(rows(), kind);
    }

    /** The words of one kind among the rows of {@code specificity_words.tsv}. */
    private static Set<String> words(List<String[]> rows, String kind) {
        Set<String> out = new HashSet<>();
        for (String[] f : rows) {
            if (f[1].equals(kind)) {
                out.add(f[0].toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The {@code reads_as} (or {@code part_of}) rows of {@code specificity_words.tsv}: note word to the title words
     * it is read as.
     */
    private static Map<String, String> readsAs(List<String[]> rows, String kind) {
        Map<String, String> out = new HashMap<>();
        for (String[] f : rows) {
            if (f[1].equals(kind)) {
                // a word of several rows is read as the title words of each ("inguinal": "localized", "quadrant")
                out.merge(f[0].toLowerCase(Locale.ROOT), f[2].toLowerCase(Locale.ROOT), (a, b) -> a + " " + b);
            }
        }
        return out;
    }

    /** The rows of {@code specificity_words.tsv}, read once per call; a malformed row fails at start-up. */
    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (String[] f : DataFiles.table(SPECIFICITY, 2, 3)) {
            boolean readsAs = f.length == 3 && (f[1].equals(READS_AS_KIND) || f[1].equals(PART_OF_KIND)) && !f[2].isBlank();
            if (!(readsAs || f.length == 2 && List.of(DETAIL_KIND, UNDOCUMENTED_KIND, NEGATION_KIND, EXAMINER_PART_KIND, BOUND_PREFIX_KIND).contains(f[1]))
                    || f[0].isBlank()) {
                throw new IllegalStateException(SPECIFICITY + ": expected word<TAB>detail|undocumented|negation|examiner_part|bound_prefix or "
                        + "word<TAB>reads_as|part_of<TAB>title word, got: " + String.join("\t", f));
            }
            rows.add(f);
        }
        return rows;
    }
}
