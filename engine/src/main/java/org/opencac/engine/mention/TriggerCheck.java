package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencac.engine.BoundedCache;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.WordSet;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Keeps junk out of the mentions: drops the lexicon terms a coder would never read from the words
 * matched, and the mentions left with no term. The rules are mechanisms over data
 * ({@link TriggerVocabulary}), each named in {@link Rule}:
 * <ul>
 *   <li>words inside a multi-word section header literal ("history of present illness") are not findings;</li>
 *   <li>an abbreviation is read only from a word written as the abbreviation: not from a plural stripped
 *       onto it ("does" is not DOE), not from a unit written in mixed case ("mCi" is not MCI), and a word
 *       written in capitals in mixed-case text (on any line, if the abbreviation list expands it) is read only
 *       as an abbreviation ("LUE" is not "lues");</li>
 *   <li>an abbreviation of {@code abbreviation_senses.tsv} needs its case ("AIDS", not "hearing aids") and
 *       one of its context cues in the sentence (HCC needs liver words);</li>
 *   <li>a term made only of anatomy words names a body part, not a condition ("trachea", "axis");</li>
 *   <li>a substance name alone (a drug or lab analyte: "glucose", "cocaine") names no poisoning or disease:
 *       only substance use (F) and status codes (Z: long-term drug therapy) may come from it, and the
 *       team's curated readings (a virus named like its vaccine: "hepatitis B");</li>
 *   <li>a one-word term never produces an external cause (V00-Y99: "fall", "shot", "accident"), and a
 *       one-word "X NOS" inclusion term of a status code ("pregnancy NOS", "dyes NOS") is not read from the
 *       bare word;</li>
 *   <li>a plural of a title's one-word default ("shocks") is a count of events, not the condition;</li>
 *   <li>a trigger of {@code trigger_senses.tsv} is read in its coded sense only when its sentence has one of
 *       the rule's cues and none of its counter-cues ("bipolar" beside "cautery" is an instrument, "blood
 *       loss" beside "estimated" is an operative measure, "cancer" with a body part named has a site).</li>
 * </ul>
 * The stage runs twice: on the dictionary mentions, and again on the mentions the Index navigation adds.
 *
 * <p>The mechanical rules drop what a coder would never read as a concept. A word-sense rule rejects a
 * <em>reading</em>, not the mention: the rejected term moves to {@link Mention#rejected()} with the rule's
 * kind and meaning, and a mention left with no term stays in the document, so that the assertion stage
 * still reads it and its outcome says why nothing was coded. The run after the navigation, whose mention
 * list is final, records a {@link MentionDecision} for each such mention; a rejected reading of an unstated
 * site that the navigation did not replace by an Index path is given its site code through
 * {@link SiteCodes} (the Neoplasm table or the Tabular), else the decision asks the coder for the site.
 */
public final class TriggerCheck implements Stage {
    /** Why a term was dropped (for tests and the audit). */
    public enum Rule { SECTION_HEADER, ABBREVIATION_FORM, ABBREVIATION_SENSE, ANATOMY_ONLY, SUBSTANCE_ONLY,
        ONE_WORD_EXTERNAL_CAUSE, ONE_WORD_NOS, PLURAL_EVENT, WORD_SENSE }

    private final TriggerVocabulary vocabulary;
    /** Site codes for rejected unstated-site readings (null: none looked for, the coder is asked). */
    private final SiteCodes siteCodes;
    /** Only mentions with a term from the Alphabetic Index are judged (the second run); else every mention. */
    private final boolean indexPathsOnly;
    /** Code titles, to tell a title's own word ending in s from a plural; null: every such word is a plural. */
    private final CodeSet codeSet;
    /** The word senses that may concern a trigger key looked up once per term. */
    private final Map<String, SensesByCode> sensesByTrigger;
    /** The word senses of any trigger ({@code *}), for keys no sense names. */
    private final SensesByCode anyTriggerSenses;
    /** The first words of the multi-word section headers: a run of words starting otherwise spells none. */
    private final Set<String> headerFirstWords;
    /**
     * {@link #anatomyTerm} of each lexicon term's text, remembered across notes (it reads the fixed vocabulary only):
     * asked for every one-word mention's terms, it lower-cased and split the text each time.
     */
    private final BoundedCache<String, Boolean> anatomyTerms;
    /** Most term texts {@link #anatomyTerms} holds (the lexicon's one-word readings are far fewer). */
    private static final int MAX_ANATOMY_TERMS = 1 << 16;
    /** Leading words of a trigger that leave its word senses those of the rest ({@code sense_key_lead_words.txt}). */
    static final String SENSE_KEY_LEAD_WORDS_FILE = "/org/opencac/engine/mention/sense_key_lead_words.txt";
    private static final Set<String> SIDE_WORDS = Set.copyOf(DataFiles.lines(SENSE_KEY_LEAD_WORDS_FILE));
    /** Word senses read the sentence at most this many tokens either side of the trigger (linear cost). */
    private static final int SENSE_WINDOW = 30;
    /**
     * Hypothetical-kind senses (a risk listed in consent text) read further: a consent sentence lists a dozen
     * risks after its lead-in ("the risks, benefits and alternatives ... including ..."), and its last items lie
     * beyond {@link #SENSE_WINDOW} tokens of the words that make the list hypothetical.
     */
    private static final int CONSENT_WINDOW = 90;
    /**
     * Words that make the condition right after them the patient's own ("because of the patient's diabetes",
     * "given the patient's asthma", "her known epilepsy"): a consent sentence may name it as the reason for a risk, but it is
     * not one of the risks it lists, so a hypothetical-kind sense does not reject it.
     */
    static final String OWNER_WORDS_FILE = "/org/opencac/engine/mention/condition_owner_words.txt";
    private static final Set<String> OWNER_WORDS = Set.copyOf(DataFiles.lines(OWNER_WORDS_FILE));
    /**
     * Nouns that make a condition word right before them a modifier naming a test or a vaccine ("febrile
     * agglutinins", "RSV screen", "sleep apnea study"), and the result words that keep the reading when the test
     * found the condition ("RSV screen is positive").
     */
    static final String MODIFIER_HEADS_FILE = "/org/opencac/engine/mention/modifier_heads.tsv";
    private static final Map<String, Map<String, String>> MODIFIER_WORDS = modifierWords();
    private static final Map<String, String> MODIFIER_HEADS = MODIFIER_WORDS.get("head");
    /** The heads naming a form or a scale: they reject a status reading (Z) too ("fall risk assessment"). */
    private static final Set<String> INSTRUMENT_HEADS = MODIFIER_WORDS.get("instrument").keySet();
    private static final Set<String> RESULT_WORDS = MODIFIER_WORDS.get("result").keySet();
    /** The heads naming a specimen taken from the site before them ("wound culture"): a result keeps no injury. */
    private static final Set<String> SPECIMEN_HEADS = MODIFIER_WORDS.get("specimen").keySet();
    /** Words written before an organism or infection that make it a test's name ("rapid"), with their meaning. */
    private static final Map<String, String> TEST_BEFORE = MODIFIER_WORDS.get("before");
    /**
     * Lexicon keys whose listed code is read only from the term written in the plural (the Index's "falls
     * (repeated)" R29.6; "Nodule, lung, multiple" R91.8): the key drops the plural, so a single "fall" would
     * otherwise take it.
     */
    static final String WRITTEN_NUMBER_FILE = "/org/opencac/engine/mention/written_number_terms.tsv";
    /** The rows of {@link #WRITTEN_NUMBER_FILE} by their number, the file read once. */
    private static final Map<String, Map<String, Set<String>>> WRITTEN_NUMBER_CODES = writtenNumberCodes();
    private static final Map<String, Set<String>> PLURAL_ONLY = WRITTEN_NUMBER_CODES.get("plural");
    /** Lexicon keys whose listed code is read only from the term written in the singular ("Nodule, lung, solitary" R91.1). */
    private static final Map<String, Set<String>> SINGULAR_ONLY = WRITTEN_NUMBER_CODES.get("singular");
    /** Compiled once (each is read for every mention). */
    /** Words naming a region of the body part that "of" puts after them ("the back of the knee"). */
    private static final String REGION_WORDS_FILE = "/org/opencac/engine/mention/region_words.txt";
    private static final Set<String> REGION_WORDS = Set.copyOf(DataFiles.lines(REGION_WORDS_FILE));
    /**
     * Words that, inside a term, state its site unknown ("carcinoma of unknown primary", "primary site unknown"): the
     * code of an unstated site is then what the note says, whatever body part the sentence also names (the site of a
     * metastasis), and a site rule does not reject it.
     */
    static final String UNKNOWN_SITE_WORDS_FILE = "/org/opencac/engine/mention/unknown_site_words.txt";
    private static final Set<String> UNKNOWN_SITE_WORDS =
            Set.copyOf(DataFiles.lines(UNKNOWN_SITE_WORDS_FILE));
    /** The most words between "of" and the body part whose region a term's last word names ("of her left upper arm"). */
    private static final int REGION_GAP = 3;

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern MIXED_CASE = Pattern.compile(".*\\p{Ll}\\p{Lu}.*");
    /**
     * The words around a short word in capitals that make it the patient's initials ({@code name_position_words.tsv}:
     * "Patient AF is", "AF's symptoms", "AF reports"), by kind.
     */
    static final String NAME_POSITION_FILE = "/org/opencac/engine/mention/name_position_words.tsv";
    private static final Map<String, Set<String>> NAME_POSITION_WORDS = namePositionWords();
    /** A word that may be a person's initials: two or three capital letters. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}");
    /** An abbreviation in capitals with a lower-case plural "s" ("PVCs", "TIAs"): the capitals are the abbreviation. */
    private static final Pattern CAPITALS_PLURAL = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+s");

    public TriggerCheck(TriggerVocabulary vocabulary) {
        this(vocabulary, null, false, null);
    }

    public TriggerCheck(TriggerVocabulary vocabulary, SiteCodes siteCodes) {
        this(vocabulary, siteCodes, false, null);
    }

    private TriggerCheck(TriggerVocabulary vocabulary, SiteCodes siteCodes, boolean indexPathsOnly,
                         CodeSet codeSet) {
        this.codeSet = codeSet;
        this.vocabulary = vocabulary;
        this.siteCodes = siteCodes;
        this.indexPathsOnly = indexPathsOnly;
        long[] firsts = firsts(vocabulary.wordSenses());
        this.sensesByTrigger = sensesByTrigger(vocabulary.wordSenses(), firsts);
        this.anyTriggerSenses = new SensesByCode(vocabulary.wordSenses(), firsts, "*");
        this.headerFirstWords = vocabulary.headerLiterals().stream()
                .map(h -> h.indexOf(' ') < 0 ? h : h.substring(0, h.indexOf(' ')))
                .collect(Collectors.collectingAndThen(Collectors.toList(),
                        WordSet::of));
        this.anatomyTerms = new BoundedCache<>(MAX_ANATOMY_TERMS, this::readAnatomyTerm);
    }

    /** The same check over the same vocabulary, sharing what {@code other} worked out from it. */
    private TriggerCheck(TriggerCheck other, boolean indexPathsOnly) {
        this.codeSet = other.codeSet;
        this.vocabulary = other.vocabulary;
        this.siteCodes = other.siteCodes;
        this.indexPathsOnly = indexPathsOnly;
        this.sensesByTrigger = other.sensesByTrigger;
        this.anyTriggerSenses = other.anyTriggerSenses;
        this.headerFirstWords = other.headerFirstWords;
        this.anatomyTerms = other.anatomyTerms;
    }

    /** Per trigger key, the word senses of that key or of any key ({@code *}), in file order. */
    private static Map<String, SensesByCode> sensesByTrigger(List<TriggerVocabulary.WordSense> senses,
                                                                       long[] firsts) {
        Map<String, SensesByCode> out = new HashMap<>();
        for (TriggerVocabulary.WordSense s : senses) {
            if (!out.containsKey(s.trigger())) {
                out.put(s.trigger(), new SensesByCode(senses, firsts, s.trigger()));
            }
        }
        return Map.copyOf(out);
    }

    /** The word senses that may concern a reading of {@code code} by trigger key {@code key}, in file order. */
    List<TriggerVocabulary.WordSense> sensesFor(String key, String code) {
        return sensesByTrigger.getOrDefault(key, anyTriggerSenses).forCode(code);
    }

    /** For each sense, the first characters of the codes it may concern, as bits of {@link SensesByCode#FIRSTS}. */
    private static long[] firsts(List<TriggerVocabulary.WordSense> senses) {
        long[] out = new long[senses.size()];
        for (int i = 0; i < out.length; i++) {
            for (int f = 0; f < SensesByCode.FIRSTS.length(); f++) {
                if (SensesByCode.mayConcern(senses.get(i), SensesByCode.FIRSTS.charAt(f))) {
                    out[i] |= 1L << f;
                }
            }
        }
        return out;
    }

    /**
     * The word senses of one trigger key, and for each first character of a code those that may concern a
     * code starting with it (in the same order): a sense whose code prefixes all start otherwise concerns
     * neither the code nor it as a header ({@link TriggerVocabulary.WordSense#appliesTo},
     * {@link TriggerVocabulary.WordSense#appliesToHeader}), and the senses of any trigger are asked for every
     * term of every mention.
     */
    private static final class SensesByCode {
        private static final String FIRSTS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private final List<TriggerVocabulary.WordSense> all;
        private final List<List<TriggerVocabulary.WordSense>> byFirst = new ArrayList<>(FIRSTS.length());

        /**
         * The senses of trigger {@code key} or of any trigger, in file order ({@code firsts}: each sense's code
         * first characters, {@link TriggerCheck#firsts}); plain loops, as this runs for every trigger at start-up.
         */
        SensesByCode(List<TriggerVocabulary.WordSense> senses, long[] firsts, String key) {
            List<TriggerVocabulary.WordSense> of = new ArrayList<>();
            List<Long> ofFirsts = new ArrayList<>();
            for (int i = 0; i < senses.size(); i++) {
                TriggerVocabulary.WordSense s = senses.get(i);
                if (s.trigger().equals("*") || s.trigger().equals(key)) {
                    of.add(s);
                    ofFirsts.add(firsts[i]);
                }
            }
            this.all = Collections.unmodifiableList(of);
            for (int f = 0; f < FIRSTS.length(); f++) {
                List<TriggerVocabulary.WordSense> concerned = new ArrayList<>();
                for (int j = 0; j < of.size(); j++) {
                    if ((ofFirsts.get(j) >>> f & 1L) != 0) {
                        concerned.add(of.get(j));
                    }
                }
                byFirst.add(Collections.unmodifiableList(concerned));
            }
        }

        private static boolean mayConcern(TriggerVocabulary.WordSense s, char first) {
            if (s.codePrefixes().isEmpty()) {
                return true;
            }
            for (String prefix : s.codePrefixes()) {
                if (prefix.isEmpty() || prefix.charAt(0) == first) {
                    return true;
                }
            }
            return false;
        }

        /** The senses that may concern this code (all of them for a code not starting with a digit or capital). */
        List<TriggerVocabulary.WordSense> forCode(String code) {
            int f = code.isEmpty() ? -1 : FIRSTS.indexOf(code.charAt(0));
            return f < 0 ? all : byFirst.get(f);
        }
    }


    /**
     * The same check for the run after the Index navigation: it judges only the mentions carrying an Index
     * term ({@link TermSource#ALPHABETIC_INDEX}, {@link TermSource#ALPHABETIC_INDEX_REFINEMENT}); the
     * navigation passes the dictionary mentions through unchanged, and those were judged by the first run.
     */
    public TriggerCheck forIndexPaths() {
        return new TriggerCheck(this, true);
    }

    public static TriggerCheck standard(ModelBundle models) {
        return standard(models, Map.of(), term -> List.of());
    }

    /**
     * @param equivalents note phrases of several words and the Index words they stand for ("lymph node": lymph
     *                    gland), and {@code forms} the forms of one word an Index title lists ("axilla, axillary"),
     *                    both as the Index navigation reads them: the Table of Neoplasms walk of {@link SiteCodes}
     */
    public static TriggerCheck standard(ModelBundle models, Map<String, List<String>> equivalents,
                                        Function<IndexTerm,
                                                List<String>> forms) {
        return standard(models, equivalents, Map.of(), forms);
    }

    /**
     * @param siteWordEquivalents one-word note words and the Index words they stand for ("prostatic": prostate), read
     *                            for a word the sense rule named as the site ({@link SiteCodes})
     */
    public static TriggerCheck standard(ModelBundle models, Map<String, List<String>> equivalents,
                                        Map<String, List<String>> siteWordEquivalents,
                                        Function<IndexTerm,
                                                List<String>> forms) {
        TriggerVocabulary vocabulary = TriggerVocabulary.standard(models.codeSet(), models.alphabeticIndex(),
                models.index().derivedDir());
        return new TriggerCheck(vocabulary, new SiteCodes(models.codeSet(), models.alphabeticIndex(),
                vocabulary.structureWords(), equivalents, siteWordEquivalents, forms), false, models.codeSet());
    }

    /** The readings of a mention: those a coder could code from its words, and those a word sense rejected. */
    record Judgement(List<Term> kept, List<SenseRejection> rejected) {
    }

    @Override
    public Document process(Document doc) {
        List<Mention> out = new ArrayList<>(doc.mentions().size());
        for (Mention m : doc.mentions()) {
            if (indexPathsOnly && !fromIndex(m)) {
                out.add(m);
                continue;
            }
            Judgement j = judge(doc, m);
            if (j.kept().size() == m.terms().size()) {
                out.add(m);
            } else if (!j.kept().isEmpty() || !j.rejected().isEmpty() || !m.rejected().isEmpty()) {
                out.add(m.withTerms(j.kept(), j.rejected()));
            }
        }
        if (!indexPathsOnly) {
            return doc.withMentions(out);
        }
        // The mention list is final from here on: site codes for rejected unstated sites, then the decisions.
        List<MentionDecision> decisions = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (!m.allReadingsRejected()) {
                continue;
            }
            SenseRejection why = reported(m);
            if (why.kind() == SenseKind.SITE) {
                // the site of this condition is named in its own clause, near it (as the Index navigation reads
                // it); a body part elsewhere in the sentence rejects the unstated site but names no site for it
                Set<String> near = clauseWords(doc, m);
                if (SiteCodes.neoplasmOfNoSite(why.term().code())) {
                    near.addAll(specimenSiteWords(doc, m));
                }
                Set<String> sites = new LinkedHashSet<>(why.cues());
                sites.retainAll(near);
                if (!why.term().code().startsWith("C79") && near.stream().anyMatch(TriggerCheck::secondary)) {
                    sites.clear();   // a metastasis: its sites are read by the navigation's secondary column
                }
                // a term the Index divides by site, left by a cross-reference ("Fibrocystic, disease, see also
                // Fibrosis, cystic"): its site subterm is read from the site words the sense rule found in the
                // sentence, as the rule names them for that term ("breast")
                SiteCodes.Resolution site = siteCodes == null ? null
                        : siteCodes.siteSubterm(why.term().text(), Set.copyOf(why.cues()));
                if (site != null && !site.found()) {
                    site = siteCodes.resolve(why.term().code(), sites, near);
                }
                if (site != null && !site.found() && site.ties().isEmpty()) {
                    // no code of that site: the Index's "localized" subterm of the condition, if it has one
                    Set<String> named = new HashSet<>(sites);
                    named.addAll(near);
                    site = siteCodes.localized(why.term().code(), why.term().text(), sites.isEmpty() ? sites : named);
                }
                if (site != null && !site.found() && site.ties().isEmpty()) {
                    // the Index lists the named site under the condition with the code of no stated site
                    // ("Hemorrhage, retroperitoneal R58"): that code is the site's
                    site = siteCodes.indexedUnderUnstated(why.term().code(), why.term().text(), sites);
                }
                if (site != null && site.found()) {
                    Mention sited = m.withTerms(List.of(new Term(site.path(), site.code(),
                            TermSource.ALPHABETIC_INDEX_REFINEMENT)), List.of());
                    // the site code is judged as any reading: a sense rule of that code (a skin neoplasm of no
                    // behaviour the sentence names as a seborrheic keratosis) still rejects it; the unstated-site
                    // rule that led here does not
                    SenseRejection other = judge(doc, sited).rejected().stream()
                            .filter(r -> r.kind() != SenseKind.SITE).findFirst().orElse(null);
                    if (other != null) {
                        out.set(i, m.withTerms(List.of(), List.of(other)));
                        decisions.add(new MentionDecision(i, reasonOf(other.kind()), other.explanation(),
                                other.term().code()));
                        continue;
                    }
                    out.set(i, sited);
                    continue;
                }
                List<String> ties = site == null ? List.of() : site.ties();
                decisions.add(new MentionDecision(i, NotCodedReason.SITE_QUERY, why.explanation()
                        + (ties.isEmpty() ? "" : "; the site fits " + String.join(", ", ties)), why.term().code()));
                continue;
            }
            decisions.add(new MentionDecision(i, reasonOf(why.kind()), why.explanation(), why.term().code()));
        }
        return doc.withMentions(out).withDecisions(decisions);
    }

    /** The rejection a mention's outcome reports: an unstated site first (it leads to a code or a query), else the first. */
    private static SenseRejection reported(Mention m) {
        for (SenseRejection r : m.rejected()) {
            if (r.kind() == SenseKind.SITE) {
                return r;
            }
        }
        return m.rejected().get(0);
    }

    private static NotCodedReason reasonOf(SenseKind kind) {
        return switch (kind) {
            case OTHER_SENSE -> NotCodedReason.OTHER_SENSE;
            case OTHER_CODE -> NotCodedReason.OTHER_CODE;
            case HYPOTHETICAL -> NotCodedReason.HYPOTHETICAL;
            case NEGATED -> NotCodedReason.NEGATED;
            case SITE -> NotCodedReason.SITE_QUERY;
        };
    }

    /** The side and level words written before a site word, read with it when it opens the site window. */
    private static final Set<String> SITE_QUALIFIERS = Set.of("left", "right", "bilateral", "lower", "upper");

    /** Site words are read at most this many tokens from the mention, within its clause (as the Index navigation). */
    private static final int SITE_WINDOW = 6;

    private static boolean secondary(String word) {
        return word.startsWith("metasta") || word.equals("secondary");
    }

    /**
     * The normalized words of the mention's clause within {@link #SITE_WINDOW} tokens of it, and those of the
     * specimen heading before a colon that opens the clause ({@link #specimenHeading}).
     */
    private Set<String> clauseWords(Document doc, Mention m) {
        Sentence sentence = doc.sentences().get(m.sentenceIndex());
        int[] clause = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
        Set<String> words = new HashSet<>();
        int from = Math.max(clause[0], organismBefore(doc, m) - SITE_WINDOW);
        while (from > clause[0] && SITE_QUALIFIERS.contains(doc.tokens().get(from - 1).norm())) {
            from--;   // the window's first word is a site whose side or level is written before it ("right lower leg")
        }
        int to = Math.min(clause[1], m.endToken() + SITE_WINDOW);
        addWords(doc.tokens(), from, to, words);
        int headingStart = specimenHeading(doc, m.sentenceIndex(), clause[0]);
        if (headingStart >= 0) {
            addWords(doc.tokens(), headingStart, clause[0] - 1, words);
        }
        return words;
    }

    static final String SPECIMEN_WORDS_FILE = "/org/opencac/engine/mention/specimen_words.txt";
    /** Words naming a tissue specimen taken from a site ({@code specimen_words.txt}): "biopsy", "specimen". */
    private static final Set<String> SPECIMEN_WORDS =
            WordSet.of(DataFiles.lines(SPECIMEN_WORDS_FILE));
    /** The words on either side of a specimen word read as its site ("biopsy of the left kidney"). */
    private static final int SPECIMEN_REACH = 3;
    /**
     * Prepositions after a specimen word that carry its site phrase on ({@code specimen_site_prepositions.txt}):
     * the reach runs {@link #SPECIMEN_REACH} words past each ("biopsy of the lesion in the femoral neck").
     */
    private static final Set<String> SPECIMEN_SITE_PREPOSITIONS =
            WordSet.of(DataFiles.lines("/org/opencac/engine/mention/specimen_site_prepositions.txt"));

    /**
     * The words around a specimen word of the mention's clause before it ("Prostate biopsy showed ... an
     * adenocarcinoma", "a biopsy of the left kidney found ... carcinoma"): what a specimen shows is of the site it
     * was taken from, however many words stand between, as under a specimen heading ({@link #specimenHeading}).
     */
    private static Set<String> specimenSiteWords(Document doc, Mention m) {
        Sentence sentence = doc.sentences().get(m.sentenceIndex());
        int[] clause = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
        Set<String> words = new HashSet<>();
        for (int i = clause[0]; i < m.firstToken(); i++) {
            if (SPECIMEN_WORDS.contains(doc.tokens().get(i).norm())) {
                int to = Math.min(m.firstToken(), i + SPECIMEN_REACH + 1);
                for (int j = i + 1; j < to; j++) {
                    if (SPECIMEN_SITE_PREPOSITIONS.contains(doc.tokens().get(j).text().toLowerCase(Locale.ROOT))) {
                        to = Math.min(m.firstToken(), Math.max(to, j + SPECIMEN_REACH + 1));
                    }
                }
                addWords(doc.tokens(), Math.max(clause[0], i - SPECIMEN_REACH), to, words);
            }
        }
        return words;
    }

    /** The body-part words of the specimen named before the mention in its clause ({@link #specimenSiteWords}), or null. */
    private Set<String> specimenBodyParts(Document doc, Mention m) {
        Set<String> out = null;
        for (String w : specimenSiteWords(doc, m)) {
            if (vocabulary.bodyParts().contains(w)) {
                if (out == null) {
                    out = new LinkedHashSet<>();
                }
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Where the words before the mention start to count toward its site window: at the organism that names the
     * condition's cause right before it ("a methicillin-resistant Staphylococcus aureus cellulitis": an infectious
     * agent's mention ending where this one starts), which modifies it as one word does; else at the mention.
     */
    private static int organismBefore(Document doc, Mention m) {
        for (Mention other : doc.mentions()) {
            if (other.endToken() == m.firstToken() && other.firstToken() < m.firstToken()
                    && other.terms().stream().anyMatch(t -> Organisms.isAgent(t.code()) || t.code().startsWith("A49"))) {
                return other.firstToken() + 1;
            }
        }
        return m.firstToken();
    }

    /**
     * The body-part words of the specimen heading before the colon that opens the mention's clause
     * ({@link #specimenHeading}), or null when there is no such heading.
     */
    private Set<String> headingBodyParts(Document doc, Mention m) {
        Sentence sentence = doc.sentences().get(m.sentenceIndex());
        int[] clause = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
        int start = specimenHeading(doc, m.sentenceIndex(), clause[0]);
        if (start < 0) {
            return null;
        }
        Set<String> out = null;
        for (int i = start; i < clause[0] - 1; i++) {
            String w = doc.tokens().get(i).norm();
            if (!w.isEmpty() && vocabulary.bodyParts().contains(w)) {
                if (out == null) {
                    out = new LinkedHashSet<>();
                }
                out.add(w);
            }
        }
        return out;
    }

    private static void addWords(List<Token> tokens, int from, int to, Set<String> out) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).norm();
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    /** The most words of the "of" phrase after a trigger read for the structure it is said of. */
    private static final int OWN_SITE_WORDS = 8;

    /**
     * The body-part words naming the structure the mention is said of, or null: the word right before it
     * ("foveal depression") or a word of an "of" phrase right after it, to the phrase's first punctuation
     * ("a slight depression of the surface of both frontal lobes").
     */
    private Set<String> ownBodyParts(Document doc, Sentence sentence, Mention m) {
        List<Token> tokens = doc.tokens();
        Set<String> found = new LinkedHashSet<>();
        int before = m.firstToken() - 1;
        if (before >= sentence.firstToken() && vocabulary.bodyParts().contains(tokens.get(before).norm())) {
            found.add(tokens.get(before).norm());
        }
        int after = m.endToken();
        if (after < sentence.endToken() && tokens.get(after).text().equalsIgnoreCase("of")) {
            int end = Math.min(sentence.endToken(), after + 1 + OWN_SITE_WORDS);
            for (int i = after + 1; i < end; i++) {
                Token t = tokens.get(i);
                if (t.norm().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0))) {
                    break;   // the phrase ends at punctuation
                }
                if (vocabulary.bodyParts().contains(t.norm())) {
                    found.add(t.norm());
                }
            }
        }
        return found.isEmpty() ? null : found;
    }

    /** The most tokens of a specimen heading ("Lung, right upper lobe, wedge resection"). */
    private static final int MAX_HEADING_TOKENS = 14;

    /**
     * Where the specimen heading of a pathology diagnosis starts, or -1: the clause opens right after a colon,
     * and the words before it, from the sentence's start, name a body part and no condition ("Lung, right upper
     * lobe, wedge resection: adenocarcinoma", "Colon, sigmoid, biopsy: ..."): the heading is the diagnosis's site.
     */
    private int specimenHeading(Document doc, int sentenceIndex, int clauseStart) {
        Sentence sentence = doc.sentences().get(sentenceIndex);
        List<Token> tokens = doc.tokens();
        int colon = clauseStart - 1;
        if (colon <= sentence.firstToken() || !tokens.get(colon).text().equals(":")
                || colon - sentence.firstToken() > MAX_HEADING_TOKENS) {
            return -1;
        }
        boolean bodyPart = false;
        for (int i = sentence.firstToken(); i < colon; i++) {
            String w = tokens.get(i).norm();
            if (w.isEmpty()) {
                if (tokens.get(i).text().equals(":")) {
                    return -1;   // a header before the heading: its words are not the specimen's
                }
                continue;
            }
            bodyPart |= vocabulary.bodyParts().contains(w);
        }
        if (!bodyPart) {
            return -1;
        }
        for (Mention other : doc.mentions()) {
            if (other.sentenceIndex() == sentenceIndex && other.firstToken() < colon
                    && other.endToken() > sentence.firstToken() && !other.terms().isEmpty()
                    && judge(doc, other).kept().size() > 0) {
                return -1;   // the words before the colon name a condition: a statement, not a specimen
            }
        }
        return sentence.firstToken();
    }

    private static boolean fromIndex(Mention m) {
        List<Term> terms = m.terms();
        for (int k = 0; k < terms.size(); k++) {   // by index: asked for every mention, no iterator made
            Term t = terms.get(k);
            if (t.source() == TermSource.ALPHABETIC_INDEX || t.source() == TermSource.ALPHABETIC_INDEX_REFINEMENT) {
                return true;
            }
        }
        return false;
    }

    /** The terms of the mention a coder could read from its words. */
    List<Term> keep(Document doc, Mention m) {
        return judge(doc, m).kept();
    }

    /** The terms of the mention a coder could read from its words, and the readings a word sense rejected. */
    Judgement judge(Document doc, Mention m) {
        List<Token> tokens = doc.tokens();
        Sentence sentence = doc.sentences().get(m.sentenceIndex());
        String key = key(tokens, m);
        if (key.isEmpty() || insideHeaderLiteral(tokens, sentence, m) || TemplateHeading.contains(doc.text(), m)
                || anatomyOnly(key)
                || !abbreviationReadable(doc, sentence, m, key)) {
            return new Judgement(List.of(), List.of());
        }
        List<SenseRejection> rejected = new ArrayList<>();
        boolean oneWord = !key.contains(" ");
        String prefix = oneWord || siteAfterFirstWord(key) ? negatingPrefix(tokens, sentence, m) : null;
        if (prefix != null) {
            // "non-neoplastic": the prefix says the condition is absent, every reading is negated; "anti-malarial":
            // the word names an agent against the condition, every reading is of another sense; "non-perforated
            // appendix": the words after the prefixed one only name its site, so the prefix still denies the condition
            SenseKind kind = PREFIX_KINDS.getOrDefault(prefix, SenseKind.NEGATED);
            String why = kind == SenseKind.NEGATED ? "the prefix " + prefix + "- says the condition is absent"
                    : "the prefix " + prefix + "- makes the word an agent or a treatment against the condition";
            for (Term t : m.terms()) {
                rejected.add(new SenseRejection(t, kind, why, List.of(prefix + "-")));
            }
            return new Judgement(List.of(), rejected);
        }
        boolean substance = vocabulary.substances().contains(key);
        // the written number matters for a one-word key's default title and for the keys told by number
        boolean writtenPlural = (oneWord || PLURAL_ONLY.containsKey(key) || SINGULAR_ONLY.containsKey(key))
                && writtenPlural(m.text(), key);
        boolean plural = oneWord && writtenPlural;
        List<Term> kept = new ArrayList<>(m.terms().size());
        String headAfter = modifierHeadAfter(tokens, sentence, m);
        boolean testFound = headAfter != null && resultWordIn(tokens, sentence);
        String regionOf = regionOf(tokens, sentence, m);
        for (Term t : m.terms()) {
            if (substance && t.source() != TermSource.CURATED && !t.code().startsWith("Z") && !t.code().startsWith("F")) {
                // a substance name alone codes no disease; but where a word sense already says what the words name
                // ("hepatitis B surface antigen": a test), the mention stays with that reading rejected, so that
                // its assertion ("was not detected") is still read
                SenseRejection why = senseRejects(doc, sentence, m, key, t);
                if (why != null && why.kind() != SenseKind.SITE) {
                    rejected.add(why);
                }
                continue;
            }
            if (oneWord && isExternalCause(t.code())) {
                continue;
            }
            if (oneWord && t.source() == TermSource.INCLUSION && t.code().startsWith("Z")
                    && vocabulary.nosInclusions().getOrDefault(key, Set.of()).contains(t.code())) {
                continue;
            }
            if (!writtenPlural && PLURAL_ONLY.getOrDefault(key, Set.of()).contains(t.code())) {
                continue;   // "a fall": one event, not the plural the Index codes ("falls (repeated)")
            }
            if (writtenPlural && SINGULAR_ONLY.getOrDefault(key, Set.of()).contains(t.code())) {
                continue;   // "pulmonary nodules": several lesions, not the solitary one the Index codes apart
            }
            if (plural && t.source() == TermSource.TITLE_CORE && !titleWrites(t.code(), m.text())) {
                continue;   // a plural of a default title's word; the title's own word ending in s is none
            }
            if (oneWord && anatomyTerm(t.text())) {
                continue;   // a word read as a body-part term ("tracheal" as "trachea") names no condition
            }
            // a result word keeps the reading the test found ("the RSV screen is positive"), but a specimen's site
            // is no finding of it: a wound culture that grew an organism names no injury
            String modifierHead = headAfter == null || (testFound
                    && !(SPECIMEN_HEADS.contains(headAfter) && isInjury(t.code()))) ? null : headAfter;
            SenseRejection rejection = modifierHead == null
                    || (t.code().startsWith("Z") && !INSTRUMENT_HEADS.contains(modifierHead)) ? null
                    : new SenseRejection(t, SenseKind.OTHER_SENSE, "the words name " + MODIFIER_HEADS.get(modifierHead)
                            + ", not the patient's condition", List.of(modifierHead));
            String testBefore = rejection == null ? testWordBefore(tokens, sentence, m, t.code()) : null;
            if (testBefore != null) {
                rejection = new SenseRejection(t, SenseKind.OTHER_SENSE, "the words name "
                        + TEST_BEFORE.get(testBefore) + ", not the patient's condition", List.of(testBefore));
            }
            if (rejection == null && regionOf != null && !t.code().startsWith("Z")) {
                rejection = new SenseRejection(t, SenseKind.OTHER_CODE, "the words name a region of the " + regionOf
                        + ", not of the site the code reads", List.of(regionOf));
            }
            if (rejection == null) {
                rejection = senseRejects(doc, sentence, m, key, t);
            }
            if (rejection != null) {
                rejected.add(rejection);
                continue;
            }
            kept.add(t);
        }
        return new Judgement(kept, rejected);
    }

    /**
     * The body part whose region the mention's last word names ({@link #REGION_WORDS}: "pain in the back" written
     * before "of her knee"), or null: "of" right after the mention, then at most {@link #REGION_GAP} other words
     * (no punctuation), then a body-part word.
     */
    private String regionOf(List<Token> tokens, Sentence sentence, Mention m) {
        int of = m.endToken();
        if (of >= sentence.endToken() || !REGION_WORDS.contains(tokens.get(of - 1).norm())
                || !tokens.get(of).text().equalsIgnoreCase("of")) {
            return null;
        }
        for (int j = of + 1; j < sentence.endToken() && j <= of + 1 + REGION_GAP; j++) {
            Token t = tokens.get(j);
            if (t.isPunctuation()) {
                return null;
            }
            if (vocabulary.bodyParts().contains(t.norm())) {
                return t.norm();
            }
        }
        return null;
    }

    /**
     * The head noun ({@link #MODIFIER_HEADS}) written right after the mention (no punctuation or dropped word
     * between) that makes the mention a modifier of a test or vaccine; null when there is none. A result word of
     * the sentence ({@link #resultWordIn}) keeps most readings ("H. pylori positive by serology", "the RSV screen is
     * positive": the test found the condition).
     */
    private static String modifierHeadAfter(List<Token> tokens, Sentence sentence, Mention m) {
        String next = m.endToken() < sentence.endToken() ? tokens.get(m.endToken()).norm() : null;
        return next != null && MODIFIER_HEADS.containsKey(next) ? next : null;
    }

    /** Whether the sentence has a result word ({@link #RESULT_WORDS}): the test it names found something. */
    private static boolean resultWordIn(List<Token> tokens, Sentence sentence) {
        for (int j = sentence.firstToken(); j < sentence.endToken(); j++) {
            if (RESULT_WORDS.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word ({@link #TEST_BEFORE}) written right before the mention that makes an infection or organism reading
     * (chapter 1, A00-B99) the name of a test ("a rapid RSV", "a rapid flu"); null when there is none, or when the
     * sentence has a result word ("the rapid flu was positive": the test found it). Readings of other chapters are
     * left alone ("rapid atrial fibrillation" is a rhythm).
     */
    private static String testWordBefore(List<Token> tokens, Sentence sentence, Mention m, String code) {
        char chapter = code.charAt(0);
        if (chapter != 'A' && chapter != 'B' || m.firstToken() <= sentence.firstToken()) {
            return null;
        }
        String before = tokens.get(m.firstToken() - 1).norm();
        return TEST_BEFORE.containsKey(before) && !resultWordIn(tokens, sentence) ? before : null;
    }

    /** The words of {@link #MODIFIER_HEADS_FILE} by kind ("head", "result"), each with its meaning. */
    private static Map<String, Map<String, String>> modifierWords() {
        Map<String, Map<String, String>> out = new HashMap<>();
        out.put("head", new HashMap<>());
        out.put("instrument", new HashMap<>());
        out.put("result", new HashMap<>());
        out.put("before", new HashMap<>());
        out.put("specimen", new HashMap<>());
        DataFiles.rows(MODIFIER_HEADS_FILE, "word\tkind\tmeaning", (f, lineNo) -> {
            if (f.length < 3) {
                throw new IllegalStateException(MODIFIER_HEADS_FILE + " line " + lineNo
                        + ": word, kind and meaning expected");
            }
            Map<String, String> kind = out.get(f[1]);
            if (kind == null) {
                throw new IllegalStateException(MODIFIER_HEADS_FILE + ": unknown kind " + f[1]);
            }
            kind.put(f[0], f[2]);
            if (f[1].equals("instrument") || f[1].equals("specimen")) {
                out.get("head").put(f[0], f[2]);   // an instrument or a specimen is a head of its own kind
            }
        });
        return Map.of("head", Map.copyOf(out.get("head")),
                "instrument", Map.copyOf(out.get("instrument")),
                "result", Map.copyOf(out.get("result")),
                "before", Map.copyOf(out.get("before")),
                "specimen", Map.copyOf(out.get("specimen")));
    }

    /** What each prefix says of the word it is joined to (negating_prefixes.tsv), read once. */
    private static final Map<String, SenseKind> PREFIX_KINDS = TriggerVocabulary.readPrefixKinds();

    /**
     * The negating prefix ({@link TriggerVocabulary#negatingPrefixes}) joined by a hyphen to the mention's first
     * token ("non-neoplastic", "non-perforated appendix"), or null.
     */
    private String negatingPrefix(List<Token> tokens, Sentence sentence, Mention m) {
        int first = m.firstToken();
        if (first - 2 < sentence.firstToken()) {
            return null;
        }
        Token hyphen = tokens.get(first - 1);
        Token prefix = tokens.get(first - 2);
        if (!hyphen.text().equals("-") || hyphen.span().start() != prefix.span().end()
                || hyphen.span().end() != tokens.get(first).span().start()) {
            return null;
        }
        String p = prefix.text().toLowerCase(Locale.ROOT);
        return vocabulary.negatingPrefixes().contains(p) ? p : null;
    }

    private static String key(List<Token> tokens, Mention m) {
        return Clauses.norms(tokens, m.firstToken(), m.endToken());
    }

    /** True if the mention lies within words of the sentence that spell a multi-word section header. */
    private boolean insideHeaderLiteral(List<Token> tokens, Sentence s, Mention m) {
        int max = vocabulary.headerMaxWords();
        for (int start = Math.max(s.firstToken(), m.firstToken() - max); start <= m.firstToken(); start++) {
            StringBuilder key = null;   // made at the first word, if a header starts with it
            int words = 0;
            for (int j = start; j < s.endToken() && words < max; j++) {
                String n = tokens.get(j).norm();
                if (n.isEmpty()) {
                    if (tokens.get(j).isPunctuation()) {
                        break;
                    }
                    continue;
                }
                if (key == null) {
                    if (!headerFirstWords.contains(n)) {
                        break;   // no header starts with this word
                    }
                    key = new StringBuilder();
                }
                key.append(key.length() == 0 ? "" : " ").append(n);
                words++;
                if (j + 1 >= m.endToken() && vocabulary.headerLiterals().contains(key.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if every word of a lexicon term's own text is a body-part word (singular or plural). */
    private boolean anatomyTerm(String text) {
        return anatomyTerms.get(text);
    }

    private boolean readAnatomyTerm(String text) {
        boolean any = false;
        for (String w : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) {
                continue;
            }
            any = true;
            if (!vocabulary.anatomy().contains(w)
                    && !(w.endsWith("s") && vocabulary.anatomy().contains(w.substring(0, w.length() - 1)))) {
                return false;
            }
        }
        return any;
    }

    /** True if the key has more than one word and every word after its first names anatomy ("perforated appendix"). */
    private boolean siteAfterFirstWord(String key) {
        int space = key.indexOf(' ');
        return space > 0 && anatomyOnly(key.substring(space + 1));
    }

    private boolean anatomyOnly(String key) {
        for (String w : key.split(" ")) {
            if (!vocabulary.anatomy().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an abbreviation key (if this is one) is written and placed so that it can be read as one. */
    private boolean abbreviationReadable(Document doc, Sentence sentence, Mention m, String key) {
        boolean curated = vocabulary.abbreviations().contains(key);
        boolean acronym = vocabulary.acronyms().contains(key);
        String written = m.text().strip();
        boolean capitals = !written.isEmpty() && written.equals(written.toUpperCase(Locale.ROOT))
                && written.chars().anyMatch(Character::isLetter)
                || pluralOfCapitals(written, key, curated);
        if (m.endToken() - m.firstToken() == 1) {
            String folded = written.toLowerCase(Locale.ROOT);
            if ((curated || acronym) && !capitals && !folded.equals(key)) {
                return false;   // a plural stripped onto an abbreviation: "does" -> "doe"
            }
            if (capitals && INITIALS.matcher(written).matches() && initialsOf(doc.text(), written)) {
                return false;   // the note's name for its patient: "Patient AF is ...", "AF's symptoms began"
            }
            if ((curated || acronym) && MIXED_CASE.matcher(written).matches()) {
                return false;   // a unit or symbol written in mixed case: "mCi" (millicurie) is not MCI
            }
            if ((curated || acronym) && capitals && joinedToUnknownCapitals(doc.text(), m)) {
                return false;   // the last part of a name in capitals joined by a hyphen: a regimen "CIVI-CAD" is no CAD
            }
            if (acronym && !capitals) {
                return false;   // the Tabular writes it in capitals: "PIN" is a neoplasia, a "pin" is hardware
            }
            if (!curated && !acronym && capitals && folded.length() <= 4 && mixedCase(doc, sentence)) {
                return false;   // a capitalized short word in ordinary text is an abbreviation we do not know
            }
            if (!curated && !acronym && capitals && vocabulary.expanded().contains(key)) {
                return false;   // one the search expands, on any line: "LUE" is the left upper extremity, no "lues"
            }
        }
        TriggerVocabulary.AbbreviationSense sense = vocabulary.senses().get(key);
        if (sense == null) {
            return true;
        }
        if (sense.upperCase() && !capitals) {
            return false;
        }
        return sense.cues().isEmpty() || sentenceHasCue(doc, sentence, sense);
    }

    /**
     * Whether the mention's word follows a hyphen, with no space, after a word of two or more capitals that is no
     * abbreviation of its own nor a prefix ("CIVI-CAD", the name of a chemotherapy regimen): the abbreviation is the
     * last letter group of that name. A word that is one ("MRSA-UTI"), a single letter ("B-CLL"), a prefix
     * ("NON-CAD") or a test written after the abbreviation ("HCV-RNA", the virus's RNA found) leaves it readable.
     */
    private boolean joinedToUnknownCapitals(String text, Mention m) {
        int start = m.span().start();
        if (start < 2 || text.charAt(start - 1) != '-') {
            return false;
        }
        int from = start - 1;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, start - 1);
        String key = word.toLowerCase(Locale.ROOT);
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                && !vocabulary.abbreviations().contains(key) && !vocabulary.acronyms().contains(key)
                && !vocabulary.negatingPrefixes().contains(key);
    }

    /**
     * Whether the note writes the word of capitals ({@code written}, two or three letters) once in a name's place
     * ({@link #NAME_POSITION_FILE}): after a title ("Mr. AB", or "patient AF" with a verb after it), before a verb
     * only a person does ("AF reports"), or, for two letters, with a possessive 's before a word ("AF's past
     * history"; not a plural written with an apostrophe: "two MI's in the past"). Such a word is the patient's
     * initials everywhere in the note. The note's text is searched for the word itself, so only notes that write
     * it are read past their first search.
     */
    static boolean usedAsInitials(String text, String written) {
        int n = written.length();
        for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + n)) {
            int end = at + n;
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            String before = wordBefore(text, at);
            boolean possessive = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                    && text.charAt(end + 1) == 's' && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
            String after = wordAfter(text, possessive ? end + 2 : end);
            if (possessive) {
                if (n == 2 && !after.isEmpty() && !nameWord("plural_follower", after) && !nameWord("count_word", before)) {
                    return true;
                }
                continue;
            }
            if (nameWord("person_verb", after)) {
                return true;
            }
            if (nameWord("title", before) && (!before.equals("patient") && !before.equals("pt")
                    || nameWord("subject_verb", after))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The note's answers of {@link #usedAsInitials}, worked out once per word and note: the last note read on this
     * thread and its answers, so that a note writing the same abbreviation many times is searched once for it.
     */
    private static final ThreadLocal<InitialsSeen> INITIALS_SEEN = ThreadLocal.withInitial(InitialsSeen::new);

    /** The note whose words were looked at, and whether each was its patient's initials. */
    private static final class InitialsSeen {
        private String text;
        private final Map<String, Boolean> answers = new HashMap<>();
    }

    private static boolean initialsOf(String text, String written) {
        InitialsSeen seen = INITIALS_SEEN.get();
        if (seen.text != text) {
            seen.text = text;
            seen.answers.clear();
        }
        return seen.answers.computeIfAbsent(written, w -> usedAsInitials(text, w));
    }

    private static boolean nameWord(String kind, String word) {
        return NAME_POSITION_WORDS.getOrDefault(kind, Set.of()).contains(word);
    }

    /** The word (lower case) before {@code at}, past white space and a title's full stop; "" if none. */
    private static String wordBefore(String text, int at) {
        int j = at;
        while (j > 0 && (Character.isWhitespace(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
            j--;
        }
        int end = j;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return text.substring(j, end).toLowerCase(Locale.ROOT);
    }

    /** The word (lower case) after {@code from}, past white space; "" if punctuation or the end comes first. */
    private static String wordAfter(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        int start = j;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(start, j).toLowerCase(Locale.ROOT);
    }

    /** The words of {@link #NAME_POSITION_FILE} by kind. */
    private static Map<String, Set<String>> namePositionWords() {
        Map<String, Set<String>> out = new HashMap<>();
        DataFiles.rows(NAME_POSITION_FILE, "word\tkind\tmeaning", (f, lineNo) -> {
            if (f.length < 3) {
                throw new IllegalStateException(NAME_POSITION_FILE + " line " + lineNo
                        + ": word, kind and meaning expected");
            }
            if (!Set.of("title", "subject_verb", "person_verb", "plural_follower", "count_word").contains(f[1])) {
                throw new IllegalStateException(NAME_POSITION_FILE + ": unknown kind " + f[1]);
            }
            out.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[0]);
        });
        Map<String, Set<String>> copy = new HashMap<>();
        out.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }

    /**
     * The first word-sense rule for this trigger and term that the words of its sentence do not meet
     * (within {@link #SENSE_WINDOW} tokens of the trigger, {@link #CONSENT_WINDOW} for a hypothetical kind, so
     * that a note without sentence breaks stays linear), as a rejection; null if every rule is met. The cues
     * are the counter-cue words found (every body-part word for {@value TriggerVocabulary#ANY_BODY_PART}), or
     * the cues of which none was found.
     */
    private SenseRejection senseRejects(Document doc, Sentence sentence, Mention m, String written, Term term) {
        String key = senseKey(written);
        List<TriggerVocabulary.WordSense> senses = sensesFor(key, term.code());
        for (TriggerVocabulary.WordSense sense : senses) {
            boolean direct = sense.appliesTo(key, term.code());
            if (!direct && !sense.appliesToHeader(key, term.code())) {
                continue;
            }
            if (sense.kind() == SenseKind.HYPOTHETICAL && ownedByPatient(doc, sentence, m)) {
                continue;
            }
            if (sense.kind() == SenseKind.SITE && statesSiteUnknown(key)) {
                continue;
            }
            boolean needed = sense.needs().isEmpty() || sectionCueMet(sense.needs(), doc.sectionOf(sentence).type());
            Set<String> against = null;   // made at the first counter-cue word found
            int reach = sense.kind() == SenseKind.HYPOTHETICAL ? CONSENT_WINDOW : SENSE_WINDOW;
            int from = Math.max(sentence.firstToken(), m.firstToken() - reach);
            int to = Math.min(sentence.endToken(), m.endToken() + reach);
            if (!direct) {
                // a header is read with the words of its own clause, so only a site named there takes it over
                int[] clause = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
                from = clause[0];
                to = clause[1];
            }
            Set<String> againstWords = sense.against();
            boolean againstAnyBodyPart = againstWords.contains(TriggerVocabulary.ANY_BODY_PART);   // asked once, not per word
            boolean nextWordOnly = againstWords.contains(TriggerVocabulary.NEXT_WORD);
            int[] own = null;   // the mention's clause, made at the first site word found
            boolean listsConditions = CONDITION_LISTS.contains(doc.sectionOf(sentence).type());
            boolean yearCue = !needed && sense.needs().contains(TriggerVocabulary.YEAR);
            boolean intervalCue = !needed && sense.needs().contains(TriggerVocabulary.INTERVAL);
            for (int i = from; i < to; i++) {
                String w = doc.tokens().get(i).norm();
                if (w.isEmpty()) {
                    continue;
                }
                boolean counter = (againstWords.contains(w) || againstAnyBodyPart && vocabulary.bodyParts().contains(w))
                        && (!nextWordOnly || i == m.endToken());
                if (counter && sense.kind() == SenseKind.SITE && NotSitePhrases.inPhrase(doc.tokens(), i)) {
                    counter = false;   // "small cell carcinoma", "bladder neck": the word names no site of its own
                }
                if (counter && sense.kind() == SenseKind.SITE && direct && listsConditions) {
                    if (own == null) {
                        own = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
                    }
                    counter = i >= own[0] && i < own[1] || !itemOfAnotherCondition(doc, sentence, m, i);
                }
                if (counter) {
                    if (against == null) {
                        against = new LinkedHashSet<>();
                    }
                    against.add(w);
                }
                needed = needed || sense.needs().contains(w)
                        || yearCue && YEAR_WORD.matcher(w).matches() && !dayOfDate(doc.tokens(), i)
                        || intervalCue && spanBefore(doc.tokens(), i);
            }
            if (against != null && againstWords.contains(TriggerVocabulary.EXCUSE_IN_PHRASE)) {
                int[] phrase = ownPhrase(doc, sentence, m);
                from = phrase[0];
                to = phrase[1];
            }
            if (against != null && excused(doc, againstWords, from, to)) {
                against = null;   // "history of smoking, still smokes" is current; "... still smoked until she quit" is not
            }
            if (against == null && againstWords.contains(TriggerVocabulary.NEAR_SENTENCES)
                    && !excused(doc, againstWords, from, to)) {
                against = counterWordsInSentencesAround(doc, m, againstWords);   // the scan of the brain told next
            }
            if (against == null && againstWords.contains(TriggerVocabulary.OWN_BODY_PART)) {
                against = ownBodyParts(doc, sentence, m);   // "foveal depression": a shape of the fovea
            }
            if (against == null && againstWords.contains(TriggerVocabulary.HEADING_BODY_PART)) {
                against = headingBodyParts(doc, m);
                if (against == null) {
                    against = specimenBodyParts(doc, m);   // "lymph node biopsy ... reported as a metastasis"
                }
            }
            if (against != null) {
                return new SenseRejection(term, sense.kind(), sense.meaning(), List.copyOf(against));
            }
            if (!needed && sense.needs().contains(TriggerVocabulary.PREVIOUS_SENTENCE)) {
                needed = needsWordInSentenceBefore(doc, m, sense.needs());
            }
            if (!needed) {
                List<String> wanted = sense.needs().stream().filter(w -> !w.startsWith("@")).sorted().limit(4).toList();
                return new SenseRejection(term, sense.kind(), sense.meaning(),
                        List.of("none of " + String.join(", ", wanted) + (sense.needs().size() > 4 ? " ..." : "")));
            }
        }
        return null;
    }

    /** The words that start another finding's phrase inside a clause ({@code phrase_break_words.txt}). */
    private static final Set<String> PHRASE_BREAKS = WordSet.of(
            DataFiles.lines("/org/opencac/engine/mention/phrase_break_words.txt"));

    /**
     * Token indexes [from, to) of the mention's own phrase: its clause cut at the nearest phrase-break word on either
     * side ("with", "and": {@link #PHRASE_BREAKS}), so "trace to mild" before it and "is mild" after it are its own.
     */
    private static int[] ownPhrase(Document doc, Sentence sentence, Mention m) {
        int[] clause = Clauses.around(doc.tokens(), sentence, m.firstToken(), m.endToken());
        int from = m.firstToken();
        while (from > clause[0] && !phraseBreak(doc.tokens().get(from - 1))) {
            from--;
        }
        int to = m.endToken();
        while (to < clause[1] && !phraseBreak(doc.tokens().get(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    /** A phrase-break word, read from the token's text: its normalized key drops function words. */
    private static boolean phraseBreak(Token t) {
        return t.text().length() <= 8 && PHRASE_BREAKS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Whether a word of [from, to) is an excusing word of the rule ({@value TriggerVocabulary#EXCUSE}word). */
    private static boolean excused(Document doc, Set<String> againstWords, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = doc.tokens().get(i).norm();
            if (!w.isEmpty() && againstWords.contains(TriggerVocabulary.EXCUSE + w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sections that list the patient's conditions as items (history, problem list): there an item is a
     * condition of its own, while in a narrative a body part of the next clause may still be the condition's site,
     * and the items of a diagnostic statement or a study's impression often share one site ("spondylosis at L5-S1,
     * ..., herniated disk").
     */
    private static final Set<SectionType> CONDITION_LISTS = EnumSet.of(SectionType.PAST_MEDICAL_HISTORY,
            SectionType.PAST_SURGICAL_HISTORY, SectionType.PROBLEM_LIST);

    /** The most words of a list item naming a condition ("colon polyps", "neck pain after a cervical fusion"). */
    private static final int ITEM_WORDS = 6;

    /**
     * Whether token {@code at}, outside the mention's clause, lies in a list item (of at most {@link #ITEM_WORDS}
     * words) that names a condition of its own (a mention with a word that is no body part): its site is that condition's
     * ("arthrosis, colon polyps": the colon is the polyps' site, not the arthrosis'), while an item of a site
     * alone ("osteoarthritis, knee") is the site of the condition before it.
     */
    private boolean itemOfAnotherCondition(Document doc, Sentence sentence, Mention m, int at) {
        int[] item = Clauses.around(doc.tokens(), sentence, at, at + 1);
        int words = 0;
        for (int t = item[0]; t < item[1]; t++) {
            String w = doc.tokens().get(t).norm();
            if (words == 0 && SITE_QUALIFIERS.contains(w)) {
                return false;   // a site in apposition ("tendinosis, right thumb (trigger finger)") is the condition's
            }
            if (!w.isEmpty() && ++words > ITEM_WORDS) {
                return false;   // a clause telling what happened ("bleeding was noted at the site"), not a list item
            }
        }
        for (Mention other : doc.mentions()) {
            if (other == m || other.sentenceIndex() != m.sentenceIndex() || other.terms().isEmpty()
                    || other.firstToken() < item[0] || other.endToken() > item[1]) {
                continue;
            }
            for (int t = other.firstToken(); t < other.endToken(); t++) {
                String w = doc.tokens().get(t).norm();
                if (!w.isEmpty() && !vocabulary.bodyParts().contains(w) && !vocabulary.anatomy().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word before the mention (an apostrophe or a possessive "s" passed over) is one of
     * {@link #OWNER_WORDS}: the condition is named as the patient's own.
     */
    private static boolean ownedByPatient(Document doc, Sentence sentence, Mention m) {
        for (int i = m.firstToken() - 1; i >= sentence.firstToken(); i--) {
            String t = doc.tokens().get(i).text();
            if (t.equals("'") || t.equals("\u2019") || t.equalsIgnoreCase("s") || t.equalsIgnoreCase("'s")) {
                continue;
            }
            return OWNER_WORDS.contains(t.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * "PVCs", "TIAs": an abbreviation in capitals with a lower-case plural "s" is written as the abbreviation when
     * the key is the capitals alone, or a curated key that keeps the "s" ("utis"); "MIs" is not the Tabular's
     * capitalized "MIS".
     */
    private static boolean pluralOfCapitals(String written, String key, boolean curated) {
        // what the pattern needs first (three characters or more, an upper-case letter first, "s" last) is read
        // before a matcher is made: most words written are none
        int n = written.length();
        if (n < 3 || written.charAt(n - 1) != 's'
                || Character.getType(written.codePointAt(0)) != Character.UPPERCASE_LETTER
                || !CAPITALS_PLURAL.matcher(written).matches()) {
            return false;
        }
        String folded = written.toLowerCase(Locale.ROOT);
        return key.equals(folded.substring(0, folded.length() - 1)) || curated && key.equals(folded);
    }

    /** Whether the sentence right before the mention's holds one of the needs words ({@link TriggerVocabulary#PREVIOUS_SENTENCE}). */
    private static boolean needsWordInSentenceBefore(Document doc, Mention m, Set<String> needs) {
        if (m.sentenceIndex() == 0) {
            return false;
        }
        Sentence before = doc.sentences().get(m.sentenceIndex() - 1);
        for (int i = before.firstToken(); i < before.endToken(); i++) {
            if (needs.contains(doc.tokens().get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counter-cue words of the sentences right before and after the mention's ({@link
     * TriggerVocabulary#NEAR_SENTENCES}), or null if there are none.
     */
    private static Set<String> counterWordsInSentencesAround(Document doc, Mention m, Set<String> againstWords) {
        Set<String> found = null;
        for (int s = m.sentenceIndex() - 1; s <= m.sentenceIndex() + 1; s += 2) {
            if (s < 0 || s >= doc.sentences().size()) {
                continue;
            }
            Sentence near = doc.sentences().get(s);
            for (int i = near.firstToken(); i < near.endToken(); i++) {
                String w = doc.tokens().get(i).norm();
                if (!w.isEmpty() && againstWords.contains(w)) {
                    if (found == null) {
                        found = new LinkedHashSet<>();
                    }
                    found.add(w);
                }
            }
        }
        return found;
    }

    /** The words of a time span that dates an event by it ("six weeks after"), by kind; the file read once. */
    static final String SPAN_WORDS_FILE = "/org/opencac/engine/mention/interval_span_words.tsv";
    private static final Map<String, Set<String>> SPAN_WORDS = spanWords();
    /** The words that close a time span, the words that date an event by it, and the number words of the span. */
    private static final Set<String> SPAN_UNITS = SPAN_WORDS.get("unit");
    private static final Set<String> SPAN_LINKS = SPAN_WORDS.get("link");
    private static final Set<String> SPAN_COUNTS = SPAN_WORDS.get("count");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The words of {@link #SPAN_WORDS_FILE} by kind (unit, link, count); a kind without a word fails at start-up. */
    static Map<String, Set<String>> spanWords() {
        Map<String, Set<String>> words = DataFiles.kindSets(SPAN_WORDS_FILE, "unit", "link", "count");
        words.forEach((kind, set) -> {
            if (set.isEmpty()) {
                throw new IllegalStateException(SPAN_WORDS_FILE + ": no " + kind + " word");
            }
        });
        return words;
    }

    /**
     * Whether the word at {@code i} is "after" or "following" right after a time span with its number ("6 weeks
     * after", "two months following"): the need cue {@link TriggerVocabulary#INTERVAL}.
     */
    private static boolean spanBefore(List<Token> tokens, int i) {
        return i >= 2 && SPAN_LINKS.contains(tokens.get(i).norm())
                && SPAN_UNITS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                && spanCount(tokens.get(i - 2).text().toLowerCase(Locale.ROOT));
    }

    /** Whether a word counts the units of a time span: a number in digits, or a number word of the span words. */
    private static boolean spanCount(String word) {
        return SPAN_COUNTS.contains(word) || DIGITS.matcher(word).matches();
    }

    /** A year of the last two centuries, the needs cue {@link TriggerVocabulary#YEAR} ("in 2004"). */
    private static final Pattern YEAR_WORD = Pattern.compile("(?:19|20)\\d\\d");

    /**
     * Whether the year at {@code i} ends a full date ("04/02/2007"): a date of the day, as a stay's notes date its
     * own operations, not a year of an earlier operation ("in 2007").
     */
    private static boolean dayOfDate(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equals("/");
    }

    /** The section cues of trigger_senses.tsv's needs column and the sections that meet each. */
    private static final Map<String, Set<SectionType>> SECTION_CUES = Map.of(
            TriggerVocabulary.PAST_HISTORY_SECTION,
            EnumSet.of(SectionType.PAST_MEDICAL_HISTORY, SectionType.PAST_SURGICAL_HISTORY),
            TriggerVocabulary.DIAGNOSIS_LIST_SECTION,
            EnumSet.of(SectionType.PROBLEM_LIST, SectionType.IMPRESSION, SectionType.ASSESSMENT_PLAN,
                    SectionType.DIAGNOSES));

    /** Whether one of the needed words is a section cue the mention's section meets. */
    private static boolean sectionCueMet(Set<String> needs, SectionType section) {
        for (Map.Entry<String, Set<SectionType>> cue : SECTION_CUES.entrySet()) {
            if (cue.getValue().contains(section) && needs.contains(cue.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the trigger key states the site unknown ({@link #UNKNOWN_SITE_WORDS}). */
    private static boolean statesSiteUnknown(String key) {
        for (int from = 0, sp; from <= key.length(); from = sp + 1) {
            sp = key.indexOf(' ', from);
            if (sp < 0) {
                sp = key.length();
            }
            if (UNKNOWN_SITE_WORDS.contains(key.substring(from, sp))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key whose word senses a trigger takes: its own, or the key without its leading side and extent words
     * when it has none of its own ("left total knee replacement" is read as "knee replacement" is).
     */
    private String senseKey(String key) {
        String k = key;
        while (!sensesByTrigger.containsKey(k)) {
            int space = k.indexOf(' ');
            if (space < 0 || !SIDE_WORDS.contains(k.substring(0, space))) {
                return key;
            }
            k = k.substring(space + 1);
        }
        return k;
    }

    private static boolean mixedCase(Document doc, Sentence s) {
        String text = doc.text().substring(s.span().start(), s.span().end());
        return text.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean sentenceHasCue(Document doc, Sentence s, TriggerVocabulary.AbbreviationSense sense) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (sense.cues().contains(doc.tokens().get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the code's title writes the word as the note does: "exophthalmos" in "Unspecified exophthalmos"
     * is the title's own word ending in s, not a plural of "exophthalmo".
     */
    private boolean titleWrites(String code, String written) {
        if (codeSet == null) {
            return false;
        }
        String w = written.strip().toLowerCase(Locale.ROOT);
        return codeSet.get(code).map(c -> Arrays.asList(NOT_LETTERS.split(c.title().toLowerCase(Locale.ROOT)))
                .contains(w)).orElse(false);
    }

    /** The keys of each number ("plural", "singular") with the codes read only from a term written in it. */
    private static Map<String, Map<String, Set<String>>> writtenNumberCodes() {
        Map<String, Map<String, Set<String>>> out = Map.of("plural", new HashMap<>(), "singular", new HashMap<>());
        DataFiles.rows(WRITTEN_NUMBER_FILE, "key\tcode\tnumber", (f, lineNo) -> {
            if (f.length != 3 || !out.containsKey(f[2])) {
                throw new IllegalStateException(WRITTEN_NUMBER_FILE + ":" + lineNo
                        + ": expected key, code and number (plural or singular)");
            }
            out.get(f[2]).computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        });
        Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
        out.forEach((number, keys) -> {
            Map<String, Set<String>> copy = new HashMap<>();
            keys.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            frozen.put(number, Map.copyOf(copy));
        });
        return Map.copyOf(frozen);
    }

    /** "shocks" for the key "shock": the word was written as a plural. */
    private static boolean writtenPlural(String written, String key) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        return !w.equals(key) && w.endsWith("s") && TermNormalizer.key(w).equals(key);
    }

    /** An injury reading (S00-T14): the site a specimen was taken from is none, whatever the specimen grew. */
    private static boolean isInjury(String code) {
        return code.startsWith("S") || code.startsWith("T0") || code.startsWith("T10")
                || code.startsWith("T11") || code.startsWith("T12") || code.startsWith("T13") || code.startsWith("T14");
    }

    private static boolean isExternalCause(String code) {
        char c = code.charAt(0);
        return c == 'V' || c == 'W' || c == 'X' || c == 'Y';
    }
}
