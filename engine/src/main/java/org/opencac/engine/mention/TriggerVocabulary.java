package org.opencac.engine.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.CodeTableFile;
import org.opencac.engine.DataFiles;
import org.opencac.engine.RuleColumns;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexEntry;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.codeset.icd10cm.IndexXmlLoader;
import org.opencac.models.index.AbbreviationMap;
import org.opencac.models.io.Resources;
import org.opencac.models.lexicon.CuratedLexiconLoader;
import org.opencac.models.lexicon.LexiconBuilder;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The word sets {@link TriggerCheck} judges triggers by, derived from the data wherever possible:
 * abbreviations (the curated list's abbreviation rows and capitalized abbreviations of Tabular titles and
 * inclusion terms), one-word "NOS" inclusion terms, multi-word section header literals, the anatomy
 * vocabulary (site names of the Table of Neoplasms, adjusted by {@code anatomy_words.tsv}), substance
 * names (main terms of the Table of Drugs and Chemicals) and the abbreviation senses of
 * {@code abbreviation_senses.tsv}. All keys are in lexicon key form ({@link TermNormalizer}).
 *
 * @param abbreviations     keys that are abbreviations of the curated list (any case)
 * @param acronyms          keys that are capitalized abbreviations of Tabular titles and inclusion terms
 * @param nosInclusions     one-word keys of "X NOS" inclusion terms, with the codes they point to
 * @param headerLiterals    multi-word section header literals (not those of a rule read in capitals only)
 * @param anatomy           anatomy and neutral position words
 * @param substances        substance names of the Table of Drugs and Chemicals
 * @param senses            case and context rules by abbreviation key
 * @param headerMaxWords    the longest header literal, in words
 * @param structureWords    the structure words of {@code anatomy_words.tsv} ("artery", "bone"): body parts found
 *                          all over the body, so they reject a code of an unstated site but alone name no site
 * @param expanded          keys of the abbreviation list the search expands ("lue": left upper extremity)
 */
public record TriggerVocabulary(Set<String> abbreviations, Set<String> acronyms, Map<String, Set<String>> nosInclusions,
                                Set<String> headerLiterals, Set<String> anatomy, Set<String> substances,
                                Map<String, AbbreviationSense> senses, int headerMaxWords,
                                Set<String> bodyParts, List<WordSense> wordSenses, Set<String> negatingPrefixes,
                                Set<String> structureWords, Set<String> expanded) {
    public static final String SENSES = "/org/opencac/engine/mention/abbreviation_senses.tsv";
    public static final String WORD_SENSES = "/org/opencac/engine/mention/trigger_senses.tsv";
    /** The cue that stands for any body-part word of {@link #bodyParts} in {@code trigger_senses.tsv}. */
    public static final String ANY_BODY_PART = "@anatomy";
    /**
     * The cue that stands for any body-part word of the specimen heading before the colon that opens the
     * mention's clause ("Lymph node, right axillary, excision: metastatic carcinoma"): the heading is its site.
     */
    public static final String HEADING_BODY_PART = "@heading";
    /**
     * The cue that stands for a body-part word naming the structure the trigger is said of: the word right
     * before it ("foveal depression") or a word of the "of" phrase right after it ("a depression of the
     * surface of the frontal lobes"): an anatomical sense of a word that also names a condition.
     */
    public static final String OWN_BODY_PART = "@own_site";
    /**
     * The mark of an excusing word among the counter-cues ("!quit"): when one is in the window, the rule's other
     * counter-cues do not count ("still smokes" makes a history of smoking current, unless the same words say he quit).
     */
    public static final String EXCUSE = "!";
    /**
     * A counter-cue mark: the rule's excusing words ({@value #EXCUSE}word) count only in the mention's own phrase, its
     * clause cut at a word of {@code phrase_break_words.txt} ("trace tricuspid regurgitation with moderate pulmonary
     * hypertension": the "moderate" grades the hypertension, so it does not excuse the trace regurgitation).
     */
    public static final String EXCUSE_IN_PHRASE = "@excuse_in_phrase";
    /**
     * An against cue: the rule's counter-cue words count only as the word written right after the mention ("the
     * dementia unit", "a stroke ward": the condition names a place of care, not the patient's condition).
     */
    public static final String NEXT_WORD = "@next_word";
    /** A cue met by the mention lying in the past medical or surgical history (the list names earlier care). */
    public static final String PAST_HISTORY_SECTION = "@past_history";
    /** A needs cue met by a year (1900-2099) written near the mention: the operation is dated to an earlier year. */
    public static final String YEAR = "@year";
    /**
     * A needs cue met by a time span told before "after" or "following" near the mention ("six weeks after the
     * bypass"): the operation was done that long ago, an earlier one.
     */
    public static final String INTERVAL = "@interval";
    /**
     * A needs cue: the needs words are also looked for in the sentence right before the mention's ("She has type 2
     * diabetes. Her sugars are out of control.": the statement right after names the diabetes' control).
     */
    public static final String PREVIOUS_SENTENCE = "@previous_sentence";
    /**
     * An against cue: the rule's counter-cue words are also looked for in the sentences right before and after the
     * mention's, unless an excusing word ({@value #EXCUSE}word) is in the mention's own window ("enlarged ventricles
     * on the scan." beside a sentence on hydrocephalus are the brain's; "cardiomegaly" names the heart itself).
     */
    public static final String NEAR_SENTENCES = "@near_sentences";
    /**
     * A cue met by the mention lying in a list of the patient's diagnoses (problem list, impression, assessment,
     * diagnoses): there a short form names a diagnosis, not a test or an examination.
     */
    public static final String DIAGNOSIS_LIST_SECTION = "@diagnosis_list";
    public static final String ANATOMY = "/org/opencac/engine/mention/anatomy_words.tsv";
    /** Prefixes that, joined by a hyphen to a one-word condition, negate it ("non-neoplastic"). */
    public static final String NEGATING_PREFIXES = "/org/opencac/engine/mention/negating_prefixes.tsv";
    static final String HEADERS = "/org/opencac/engine/section/section_headers.json";
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\\b");
    private static final Set<String> NOT_ACRONYMS = Set.of("nos", "nec");
    /** Compiled once: the Tabular notes of every code are read at start-up. */
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");

    public TriggerVocabulary {
        abbreviations = org.opencac.engine.WordSet.of(abbreviations);   // asked per token: hashed (WordSet)
        acronyms = org.opencac.engine.WordSet.of(acronyms);
        nosInclusions = Map.copyOf(nosInclusions);
        headerLiterals = Set.copyOf(headerLiterals);
        anatomy = org.opencac.engine.WordSet.of(anatomy);
        substances = org.opencac.engine.WordSet.of(substances);
        senses = Map.copyOf(senses);
        bodyParts = org.opencac.engine.WordSet.of(bodyParts);
        wordSenses = List.copyOf(wordSenses);
        negatingPrefixes = Set.copyOf(negatingPrefixes);
        structureWords = Set.copyOf(structureWords);
        expanded = Set.copyOf(expanded);
    }

    /** The vocabulary without word senses or a separate body-part set (the rules before word senses). */
    public TriggerVocabulary(Set<String> abbreviations, Set<String> acronyms, Map<String, Set<String>> nosInclusions,
                             Set<String> headerLiterals, Set<String> anatomy, Set<String> substances,
                             Map<String, AbbreviationSense> senses, int headerMaxWords) {
        this(abbreviations, acronyms, nosInclusions, headerLiterals, anatomy, substances, senses, headerMaxWords,
                anatomy, List.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * When a trigger is read in its coded sense, decided by the other words of its sentence.
     *
     * @param trigger      the trigger as a lexicon key, or {@code *} for any trigger
     * @param codePrefixes the codes the rule applies to (by prefix; empty: every code of the trigger)
     * @param needs        words of which one must be in the sentence (empty: none needed; {@value
     *                     #PAST_HISTORY_SECTION}: met by a mention in the past medical or surgical history; {@value
     *                     #DIAGNOSIS_LIST_SECTION}: by one in a problem list, impression, assessment or diagnoses;
     *                     {@value #YEAR}: by a year written within the words read around the mention; {@value #INTERVAL}: by a time span
     *                     before "after" or "following" there ("two months after"); {@value
     *                     #PREVIOUS_SENTENCE}: the words are also looked for in the sentence before)
     * @param against      words of which none may be in the sentence ({@value #ANY_BODY_PART}: any body part;
     *                     a word marked {@value #EXCUSE}: when one is there, the others do not count; with
     *                     {@value #EXCUSE_IN_PHRASE}, only when one is in the mention's own phrase; {@value
     *                     #NEAR_SENTENCES}: the words are also looked for in the sentences before and after; {@value
     *                     #NEXT_WORD}: the words count only as the word right after the mention)
     * @param meaning      the coded sense and the senses it is confused with
     * @param kind         what a rejection means (the word is something else, another code, a risk, absent, a site)
     */
    public record WordSense(String trigger, List<String> codePrefixes, Set<String> needs, Set<String> against,
                            String meaning, SenseKind kind) {
        public WordSense {
            Objects.requireNonNull(kind, WORD_SENSES + ": " + trigger + " needs a kind");
            codePrefixes = List.copyOf(codePrefixes);
            needs = Set.copyOf(needs);
            against = org.opencac.engine.WordSet.of(against);   // asked per word of a window (WordSet)
            if (needs.isEmpty() && against.isEmpty()) {
                throw new IllegalArgumentException(WORD_SENSES + ": " + trigger + " needs a cue or a counter-cue");
            }
        }

        /** Whether the rule concerns this trigger key and code. */
        public boolean appliesTo(String key, String code) {
            if (!concerns(key)) {
                return false;
            }
            if (codePrefixes.isEmpty()) {
                return true;
            }
            for (int i = 0; i < codePrefixes.size(); i++) {   // indexed: asked for every rule of every term
                if (code.startsWith(codePrefixes.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the rule is for this trigger key: its own, or any for {@code *}. */
        private boolean concerns(String key) {
            return trigger.equals("*") || trigger.equals(key);
        }

        /**
         * Whether a rule on codes of an unstated site concerns this code as their header ("M19.9" of M19.90,
         * "R60" of R60.9): a header read with no more words resolves to the code of the unstated site.
         */
        public boolean appliesToHeader(String key, String code) {
            if (kind != SenseKind.SITE || !concerns(key)) {
                return false;
            }
            for (int i = 0; i < codePrefixes.size(); i++) {
                String prefix = codePrefixes.get(i);
                if (prefix.length() > code.length() && prefix.startsWith(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * How an abbreviation must be written and what it needs around it.
     *
     * @param upperCase true if only the all-capitals form has the coded sense
     * @param cues      words of which one must be in the same sentence (empty: none needed)
     */
    public record AbbreviationSense(boolean upperCase, Set<String> cues) {
        public AbbreviationSense {
            cues = Set.copyOf(cues);
        }
    }

    /** Derives the vocabulary from the code set and the bundled data files (parsing the two index tables). */
    public static TriggerVocabulary standard(CodeSet codeSet) {
        return standard(codeSet, readSiteWords(), readSubstances());
    }

    /**
     * Derives the vocabulary from the code set, the Neoplasm and Drug tables already loaded in
     * {@code index} (the same words as parsing their files again) and the bundled data files.
     */
    public static TriggerVocabulary standard(CodeSet codeSet, AlphabeticIndex index) {
        return standard(codeSet, index, Optional.empty());
    }

    /**
     * As {@link #standard(CodeSet, AlphabeticIndex)}, the code set's acronyms and "X NOS" inclusions kept in
     * {@code cacheDir} (the models' cache directory of this code set, {@link org.opencac.models.index.CodeIndex#derivedDir}):
     * read from there instead of scanning every title and note of the code set at each start.
     */
    public static TriggerVocabulary standard(CodeSet codeSet, AlphabeticIndex index, Optional<Path> cacheDir) {
        CodeSetWords words = cacheDir.map(dir -> CodeSetWords.kept(codeSet, dir)).orElseGet(() -> CodeSetWords.of(codeSet));
        return standard(siteWordsOf(index.neoplasmTable()), substancesOf(index.drugs()), words);
    }

    private static TriggerVocabulary standard(CodeSet codeSet, Set<String> siteWords, Set<String> substances) {
        return standard(siteWords, substances, CodeSetWords.of(codeSet));
    }

    /**
     * What the vocabulary reads of the code set: the acronyms of its titles and inclusion terms ({@link #addAcronyms})
     * and the one-word keys of its "X NOS" inclusion terms with the codes they stand under.
     */
    record CodeSetWords(Set<String> acronyms, Map<String, Set<String>> nosInclusions) {
        private static final Pattern NOS_TERM = Pattern.compile("(?i)^\\s*([\\p{L}-]+)\\s+NOS\\s*$");
        private static final String ACRONYMS = "acronyms";
        private static final String NOS = "nos:";

        /** Every title and inclusion note of the code set read. */
        static CodeSetWords of(CodeSet codeSet) {
            Set<String> acronyms = new HashSet<>();
            Map<String, Set<String>> nos = new HashMap<>();
            for (Code c : codeSet.all()) {
                addAcronyms(c.title(), acronyms);
                for (InstructionalNote n : c.notes()) {
                    if (n.type() != NoteType.INCLUSION_TERM && n.type() != NoteType.INCLUDES) {
                        continue;
                    }
                    addAcronyms(n.text(), acronyms);
                    Matcher m = NOS_TERM.matcher(PARENTHESISED.matcher(n.text()).replaceAll(" "));
                    if (m.matches()) {
                        nos.computeIfAbsent(TermNormalizer.key(m.group(1)), k -> new HashSet<>()).add(c.code());
                    }
                }
            }
            return new CodeSetWords(acronyms, nos);
        }

        /**
         * The words kept in {@code dir} for this code set and this class's reading of it, made and kept there first
         * when missing or made for another key ({@link CodeTableFile}: the file ends with a CRC of its content).
         */
        static CodeSetWords kept(CodeSet codeSet, Path dir) {
            String key = CodeTableFile.key(List.of("trigger vocabulary: acronyms and NOS inclusions",
                    codeSet.version().label(), Integer.toString(codeSet.size())),
                    List.of(TriggerVocabulary.class, CodeSetWords.class, TermNormalizer.class));
            return CodeTableFile.readOrBuild(dir.resolve("trigger-codes-" + key.substring(0, 16) + ".bin"), key,
                    () -> of(codeSet).table(), CodeSetWords::fromTable);
        }

        /** As a table of the file: the acronyms, then each NOS key's codes, sorted. */
        Map<String, List<String>> table() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            out.put(ACRONYMS, List.copyOf(new TreeSet<>(acronyms)));
            for (String key : new TreeSet<>(nosInclusions.keySet())) {
                out.put(NOS + key, List.copyOf(new TreeSet<>(nosInclusions.get(key))));
            }
            return out;
        }

        static CodeSetWords fromTable(Map<String, List<String>> table) {
            List<String> acronyms = table.get(ACRONYMS);
            if (acronyms == null) {
                throw new IllegalStateException("no acronyms in the table");
            }
            Map<String, Set<String>> nos = new HashMap<>();
            table.forEach((key, codes) -> {
                if (key.startsWith(NOS)) {
                    nos.put(key.substring(NOS.length()), new HashSet<>(codes));
                } else if (!key.equals(ACRONYMS)) {
                    throw new IllegalStateException("unknown row " + key);
                }
            });
            return new CodeSetWords(new HashSet<>(acronyms), nos);
        }
    }

    private static TriggerVocabulary standard(Set<String> siteWords, Set<String> substances, CodeSetWords words) {
        List<String[]> anatomyRows = rows(ANATOMY, 3);   // read once: edits to the site words, and the neutral words
        Set<String> anatomy = adjustAnatomy(siteWords, anatomyRows);
        Set<String> abbreviations = curatedAbbreviations();
        Set<String> acronyms = new HashSet<>(words.acronyms());
        Map<String, Set<String>> nos = words.nosInclusions();
        Set<String> headers = readHeaderLiterals();
        int longest = headers.stream().mapToInt(h -> h.split(" ").length).max().orElse(1);
        acronyms.removeAll(abbreviations);
        Set<String> bodyParts = new HashSet<>(anatomy);
        bodyParts.removeAll(wordsOfKind(anatomyRows, "neutral"));   // position words, not body parts
        return new TriggerVocabulary(abbreviations, acronyms, nos, headers, anatomy, substances, readSenses(), longest,
                bodyParts, readWordSenses(), readNegatingPrefixes(), wordsOfKind(anatomyRows, "structure"),
                expandedAbbreviations());
    }

    /** The keys of the abbreviation list ({@link org.opencac.models.index.AbbreviationMap}). */
    private static Set<String> expandedAbbreviations() {
        try (java.io.InputStream in = Resources.bundled(AbbreviationMap.RESOURCE)) {
            Set<String> out = new HashSet<>();
            for (String abbreviation : AbbreviationMap.read(in,
                    AbbreviationMap.RESOURCE).keySet()) {
                out.add(TermNormalizer.key(abbreviation));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + AbbreviationMap.RESOURCE, e);
        }
    }

    /** Capitalized words of a Tabular text ("PIN", "HIV"), unless the whole text of several words is in capitals. */
    static void addAcronyms(String text, Set<String> out) {
        if (!hasTwoCapitals(text)) {
            return; // ACRONYM needs two of A-Z: nothing to find (the common case, checked without a regex)
        }
        if (text.trim().contains(" ") && text.equals(text.toUpperCase(Locale.ROOT))) {
            return;
        }
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (m.group().length() <= 6 && !NOT_ACRONYMS.contains(w)) {
                out.add(w);
            }
        }
    }

    private static boolean hasTwoCapitals(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' && ++capitals == 2) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> curatedAbbreviations() {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Resources.bundled(LexiconBuilder.CURATED),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (!line.startsWith("#") && cols.length >= 3 && cols[2].trim().equals("abbreviation")) {
                    out.add(TermNormalizer.key(CuratedLexiconLoader.termText(cols[0].trim(), cols[2].trim())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LexiconBuilder.CURATED, e);
        }
        return out;
    }

    private static Set<String> readHeaderLiterals() {
        Set<String> out = new HashSet<>();
        try (InputStream in = TriggerVocabulary.class.getResourceAsStream(HEADERS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + HEADERS);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode rule : root.path("rules")) {
                if (rule.path("capitals_only").asBoolean(false)) {
                    continue;   // its words in ordinary text are a condition ("treated for substance abuse")
                }
                for (JsonNode h : rule.path("headers")) {
                    String key = TermNormalizer.key(h.asText());
                    if (key.contains(" ")) {
                        out.add(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HEADERS, e);
        }
        return out;
    }

    /** Site words of the Neoplasm table's subterms at levels 1 and 2, parsed from its file. */
    static Set<String> readSiteWords() {
        Set<String> words = new HashSet<>();
        for (IndexEntry e : IndexXmlLoader.bundled(LexiconBuilder.NEOPLASM).entries()) {
            if (e.level() >= 1 && e.level() <= 2) {
                words.addAll(TermNormalizer.words(e.path().get(e.level())));
            }
        }
        return words;
    }

    /** Site words of the Neoplasm table's subterms at levels 1 and 2. */
    static Set<String> siteWordsOf(IndexTerm neoplasmTable) {
        Set<String> words = new HashSet<>();
        for (IndexTerm site : neoplasmTable.children()) {
            words.addAll(site.words());
            for (IndexTerm sub : site.children()) {
                words.addAll(sub.words());
            }
        }
        return words;
    }

    /** The site words adjusted by the rows of {@link #ANATOMY}, in file order. */
    private static Set<String> adjustAnatomy(Set<String> words, List<String[]> anatomyRows) {
        for (String[] row : anatomyRows) {
            switch (row[1]) {
                case "not_anatomy" -> words.remove(row[0]);
                case "neutral", "anatomy", "structure" -> words.add(row[0]);
                default -> throw new IllegalArgumentException(ANATOMY + ": unknown kind " + row[1] + " for " + row[0]);
            }
        }
        return words;
    }

    /** The words of the rows of {@code anatomy_words.tsv} of one kind ("neutral": "left", "upper"). */
    private static Set<String> wordsOfKind(List<String[]> anatomyRows, String kind) {
        Set<String> out = new HashSet<>();
        for (String[] row : anatomyRows) {
            if (row[1].equals(kind)) {
                out.add(row[0]);
            }
        }
        return out;
    }

    static List<WordSense> readWordSenses() {
        List<WordSense> out = new ArrayList<>();
        for (String[] row : rows(WORD_SENSES, 6)) {
            List<String> prefixes = row[1].equals("-") ? List.of() : List.of(row[1].split(","));
            SenseKind kind;
            try {
                kind = SenseKind.parse(row[5]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(WORD_SENSES + ": row '" + row[0] + "' " + row[1] + ": " + e.getMessage(), e);
            }
            out.add(new WordSense(row[0], prefixes.stream().map(String::trim).toList(), cueSet(row[2]), cueSet(row[3]),
                    row[4], kind));
        }
        return out;
    }

    private static Set<String> cueSet(String column) {
        Set<String> cues = new HashSet<>();
        for (String c : RuleColumns.items(column)) {
            cues.add(c.equals(ANY_BODY_PART) || c.equals(HEADING_BODY_PART) || c.equals(OWN_BODY_PART)
                    || c.equals(EXCUSE_IN_PHRASE) || c.equals(PAST_HISTORY_SECTION) || c.equals(DIAGNOSIS_LIST_SECTION)
                    || c.equals(YEAR) || c.equals(INTERVAL) || c.equals(PREVIOUS_SENTENCE) || c.equals(NEAR_SENTENCES)
                    || c.equals(NEXT_WORD) ? c : c.startsWith(EXCUSE) ? EXCUSE + TermNormalizer.key(c.substring(1)) : TermNormalizer.key(c));
        }
        return cues;
    }

    static Set<String> readSubstances() {
        Set<String> out = new HashSet<>();
        for (IndexEntry e : IndexXmlLoader.bundled(LexiconBuilder.DRUGS).entries()) {
            if (e.level() == 0) {
                String key = TermNormalizer.key(e.mainTerm());
                if (!key.isEmpty()) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** Keys of the Table of Drugs' main terms. */
    static Set<String> substancesOf(List<IndexTerm> drugs) {
        Set<String> out = new HashSet<>();
        for (IndexTerm d : drugs) {
            String key = String.join(" ", d.words());
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    static Map<String, AbbreviationSense> readSenses() {
        Map<String, AbbreviationSense> out = new HashMap<>();
        for (String[] row : rows(SENSES, 4)) {
            if (!row[1].equals("upper") && !row[1].equals("any")) {
                throw new IllegalArgumentException(SENSES + ": case must be upper or any for " + row[0]);
            }
            Set<String> cues = new HashSet<>();
            for (String cue : RuleColumns.items(row[2])) {
                cues.add(TermNormalizer.key(cue));
            }
            if (out.put(row[0], new AbbreviationSense(row[1].equals("upper"), cues)) != null) {
                throw new IllegalArgumentException(SENSES + ": " + row[0] + " listed twice");
            }
        }
        return out;
    }

    /** The prefixes of {@link #NEGATING_PREFIXES}, lowercase. */
    static Set<String> readNegatingPrefixes() {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(NEGATING_PREFIXES, 2)) {
            if (!row[0].equals(row[0].toLowerCase(Locale.ROOT)) || row[0].contains(" ")) {
                throw new IllegalArgumentException(NEGATING_PREFIXES + ": a prefix is one lowercase word: " + row[0]);
            }
            out.add(row[0]);
        }
        return Set.copyOf(out);
    }

    /**
     * What each prefix of {@link #NEGATING_PREFIXES} says of the word it is joined to: the condition is absent
     * ({@link SenseKind#NEGATED}, the default) or the word names something else ({@link SenseKind#OTHER_SENSE}:
     * "anti-malarial" is a drug against malaria).
     */
    static Map<String, SenseKind> readPrefixKinds() {
        Map<String, SenseKind> out = new HashMap<>();
        for (String[] row : rows(NEGATING_PREFIXES, 2)) {
            SenseKind kind = row.length < 3 || row[2].isBlank() ? SenseKind.NEGATED : SenseKind.parse(row[2]);
            if (kind != SenseKind.NEGATED && kind != SenseKind.OTHER_SENSE) {
                throw new IllegalArgumentException(NEGATING_PREFIXES + ": a prefix's kind is negated or other-sense: "
                        + row[0]);
            }
            out.put(row[0], kind);
        }
        return Map.copyOf(out);
    }

    /** Data rows after the header, each with at least {@code columns} columns (the last may be empty). */
    private static List<String[]> rows(String resource, int columns) {
        List<String> lines = DataFiles.lines(resource);
        return lines.stream().skip(1).map(l -> {
            String[] cols = l.split("\t", -1);
            if (cols.length < columns - 1 || cols[0].isBlank()) {
                throw new IllegalArgumentException(resource + ": bad row " + l);
            }
            return Arrays.copyOf(cols, Math.max(cols.length, columns));
        }).map(c -> {
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i] == null ? "" : c[i].trim();
            }
            return c;
        }).toList();
    }
}
