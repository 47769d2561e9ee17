package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.RuleLines;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The word lists that guide Index navigation, read from {@code index_navigation.tsv} (its header explains
 * each kind). A bad row fails at start-up, naming the file and the row.
 */
public final class NavigationRules {
    private static final String HEADER = "kind\tphrase\tvalue";
    public static final String RESOURCE = "/org/opencac/engine/lookup/index_navigation.tsv";

    final Set<String> connectors = new HashSet<>();
    final Map<String, Set<String>> negatives = new HashMap<>();
    final Set<String> skip = new HashSet<>();
    /** Index titles (as printed) that list forms of one word with a qualifier on the last: the forms any of which the clause may write. */
    final Map<String, List<String>> titleForms = new HashMap<>();
    final Set<String> ignore = new HashSet<>();
    /**
     * Index title word (key) to the words of its printed modifier that are part of what it names: the Neoplasm
     * table's "cystic (bile) duct (common)" is the cystic duct, which the adjective "cystic" alone does not name.
     */
    final Map<String, List<String>> essentialModifiers = new HashMap<>();
    /** Note phrase key to the Index words it stands for. */
    final Map<String, List<String>> equivalents = new HashMap<>();
    /**
     * Note phrase key to the key of the Index main term a coder looks it up under, when no word of the phrase
     * is that main term ("decreased visual acuity": Loss); the phrase also stands for its value's words, as an
     * equivalent does, so the value's other words select subterms ("vision").
     */
    final Map<String, String> readsAs = new HashMap<>();
    /** Every reads_as key and each run of its first words. */
    final Set<String> readsAsStarts = new HashSet<>();
    /**
     * Words that may stand inside a reads_as phrase without being part of it (a side, the limb a device lies in:
     * "a thrombosed left forearm AV graft" is read as "thrombosed AV graft"); they stay in the window around it.
     */
    private final Set<String> readsAsFillers = new HashSet<>();
    /** The most reads_as_filler words one reads_as phrase reads over ("left upper arm"). */
    private static final int MAX_READS_AS_FILLERS = 3;

    /**
     * Whether a reads_as phrase begun already reads over this word: a reads_as_filler word, while it has read over
     * fewer than {@link #MAX_READS_AS_FILLERS} ({@code fillersSoFar}); the index navigator and the clause's
     * equivalents read their phrases with it.
     */
    boolean readsOverFiller(String norm, int fillersSoFar) {
        return fillersSoFar < MAX_READS_AS_FILLERS && readsAsFillers.contains(norm);
    }

    /**
     * Whether a {@code barrier_ahead} phrase starts at token {@code k} (its words as written, any case): a main
     * term before it takes no subterm words from it on.
     */
    boolean barrierAheadAt(List<Token> tokens, int k) {
        List<List<String>> phrases = barriersAhead.get(tokens.get(k).text().toLowerCase(Locale.ROOT));
        if (phrases == null) {
            return false;
        }
        for (List<String> phrase : phrases) {
            if (k + phrase.size() <= tokens.size() && startsAt(tokens, k, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int k, List<String> phrase) {
        for (int m = 1; m < phrase.size(); m++) {
            if (!tokens.get(k + m).text().toLowerCase(Locale.ROOT).equals(phrase.get(m))) {
                return false;
            }
        }
        return true;
    }

    /** Note phrase key to Index words it implies besides its own, read on its last word ("left eye": one). */
    final Map<String, List<String>> implied = new HashMap<>();
    /**
     * Note phrase key to Index words it implies in the diagnostic statement only ("upper lobe": lung); in the
     * narrative such a phrase qualifies what a study or an operation saw.
     */
    final Map<String, List<String>> impliedInStatement = new HashMap<>();
    /**
     * {@code implies_unless_after} rows: an implying phrase key and the words (as written, lowercase) that, as the
     * word before it, make it part of another name that implies nothing ("coli" is the colon, "E. coli" an organism).
     */
    final Map<String, Set<String>> impliedUnlessAfter = new HashMap<>();
    /**
     * {@code statement_head} rows: Index subterms (main term key, then the subterm keys below it) whose own
     * subterms a clause of the diagnostic statement that reaches no main term is walked from.
     */
    final List<List<String>> statementHeads = new ArrayList<>();
    /** {@code head_context} words: a statement section is walked from the heads only when it writes one. */
    final Set<String> headContext = new HashSet<>();
    /** Every equivalent's key and each run of its first words: a run of note words outside it starts none. */
    final Set<String> equivalentStarts = new HashSet<>();
    final Set<String> stop = new HashSet<>();
    final Set<String> notMain = new HashSet<>();
    /** Note words read only as themselves, never as the stem of a longer Index word ("should", not "shoulder"). */
    final Set<String> wholeWords = new HashSet<>();
    /**
     * Species names of organisms ("pneumoniae", "influenzae"): matched only as written, never by a shared stem
     * with another word, so "pneumonia" never reads as Streptococcus pneumoniae nor "pneumoniae" as pneumonia.
     */
    final Set<String> epithets = new HashSet<>();
    /**
     * Endings of a noun naming a person by what they practise ("physician", "therapist"): such a word is never
     * read by a shared stem as a word without the ending ("physical", "therapy", "psychiatric"), only as its own
     * forms ("physicians") or a longer word it begins ("persist", "persistent").
     */
    final List<String> practitionerEndings = new ArrayList<>();
    /**
     * A main term the Index prints as traumatic ("Hematoma (traumatic)") to the main term its nontraumatic form is
     * looked up under ("Hemorrhage"), by key.
     */
    final Map<String, String> nontraumaticMain = new HashMap<>();
    /**
     * {@code site_elsewhere} rows: "main term title (first form, lowercase) TAB subterm word" to the words that
     * place the clause's condition at another site than the subterm's ("Hemorrhage, epidural" is the skull's).
     */
    final Map<String, Set<String>> siteElsewhere = new HashMap<>();
    /** The subterm words of the {@code site_elsewhere} rows, asked first so that other subterms cost nothing. */
    final Set<String> siteElsewhereSubterms = new HashSet<>();
    final Set<String> negations = new HashSet<>();
    /**
     * {@code negating_prefix} words (as written, lowercase): written as a word of their own or joined by a hyphen
     * right before a word the path reads, they say what that word names is absent ("non vascular lesions").
     */
    final Set<String> negatingPrefixes = new HashSet<>();
    /**
     * Words (as written, lowercase) that end a main term's reach back for subterm words: a word before one of
     * them modifies something else ("blood workup after delivery for infectious disease": no blood disease),
     * each with the words before it that make it a link instead ("adrenal mass suspicious for metastatic disease").
     */
    final Map<String, Set<String>> barriersBefore = new HashMap<>();
    /**
     * Words (as written, lowercase) that end a main term's reach back only right after one of their words: a
     * preposition that opens the second of two coordinated phrases ("collects in the liver and in the fatty
     * tissue"), whose head a modifier of the first phrase never qualifies; a lone "in" stays a link.
     */
    final Map<String, Set<String>> barriersAfter = new HashMap<>();
    /**
     * {@code barrier_ahead} phrases (as written, lowercase words), by their first word: a main term's reach forward
     * for subterm words ends where one starts, for the words after it tell of something else, a past operation
     * ("difficulty swallowing status post cervical fusion" is no cervical dysphagia).
     */
    private final Map<String, List<List<String>>> barriersAhead = new HashMap<>();
    /** The longest barrier word: a longer note word is never looked up among them. */
    int maxBarrierLength;
    final Set<String> conditionNouns = new HashSet<>();
    final List<String> conditionSuffixes = new ArrayList<>();
    final Set<String> conditionHeads = new HashSet<>();
    final Set<String> metastasis = new HashSet<>();
    final Set<String> metastasisHeads = new HashSet<>();
    final Set<String> listFillers = new HashSet<>();
    /**
     * Words (normalized) naming a part of an organ, which do not count toward the words a main term's window
     * reaches after it: "a mass at the lower pole of her right kidney" reaches "kidney".
     */
    final Set<String> windowFree = new HashSet<>();
    /** Words (as written) read as no Index word right after one of their values: "years back" is no body part. */
    final Map<String, Set<String>> adverbAfter = new HashMap<>();
    /** The lengths and first letters of the {@link #adverbAfter} words: a word outside them is none of them. */
    final WrittenWordGate adverbAfterGate = new WrittenWordGate();
    /**
     * Words (as written) that name a drug class by the effect it has, read as no Index word right before one of
     * their values ("oral hypoglycemic agents" are drugs for diabetes, not a hypoglycemia), or anywhere for "*".
     */
    final Map<String, Set<String>> drugClassBefore = new HashMap<>();
    /**
     * Words (as written) that are a verb of an operation, not the condition they spell, right before one of their
     * values (an object's determiner): "we enlarged the hiatus" enlarges nothing diseased.
     */
    final Map<String, Set<String>> verbBefore = new HashMap<>();
    /** The lengths and first letters of the {@link #verbBefore} words. */
    final WrittenWordGate verbGate = new WrittenWordGate();
    /**
     * Words (as written) saying a complaint spreads, and the link words (as written) after which the site it spreads
     * to is written: "pain radiating to the back" has no back pain of its own.
     */
    final Map<String, Set<String>> spreadVerbs = new HashMap<>();
    /** The lengths and first letters of the {@link #spreadVerbs} words: a word outside them is none of them. */
    final WrittenWordGate spreadVerbGate = new WrittenWordGate();
    /** Words (as written) that end a spread site's reach back: they join a phrase of its own ("and the arm"). */
    final Set<String> spreadBreaks = new HashSet<>();
    /** The lengths and first letters of the {@link #spreadBreaks} words. */
    final WrittenWordGate spreadBreakGate = new WrittenWordGate();
    /** The lengths and first letters of the {@link #drugClassBefore} words: a word outside them is none of them. */
    final WrittenWordGate drugClassGate = new WrittenWordGate();
    /**
     * Words after an eponym read alone ("Whipple's procedure", "Valsalva maneuver") that make it the name of an
     * operation, manoeuvre or test, not of the disease the Index prints under the same name.
     */
    final Set<String> eponymOperations = new HashSet<>();
    /** Main terms that read the organism of the condition "with" joins them to ("pneumonia with sepsis"). */
    final Set<String> sharedCause = new HashSet<>();
    /** Words (as written, lowercase) before "with" that make it a link, not a second condition ("consistent"). */
    final Set<String> withLinks = new HashSet<>();
    /** Phrases, as written words, linking a finding to a metastasis cue after them ("consistent with"). */
    final List<List<String>> metastasisLinks = new ArrayList<>();
    /** Phrases, as written words, leading from a metastasis cue to its site after them ("to", "at the level of"). */
    final List<List<String>> metastasisForward = new ArrayList<>();
    /**
     * Sites, as written words, where a malignancy called metastatic is secondary unless the note says otherwise
     * ("metastatic bone carcinoma"): no carcinoma arises there.
     */
    final List<List<String>> metastasisSites = new ArrayList<>();
    /**
     * Main term title and subterm word (lowercase, tab between) to the written word after the subterm word that
     * makes it a link to a cause ("secondary to"), which does not take a subterm naming an onset or a stage.
     */
    final Map<String, String> notCausal = new HashMap<>();
    /**
     * {@code cause_link} rows: two written words (lowercase, one space) linking a condition to its cause ("secondary
     * to"); a main term written after them is the cause, so the subterm of their first word is not read for it.
     */
    final Set<String> causeLinks = new HashSet<>();
    /** The lengths and first letters of the {@link #causeLinks} first words: a word outside them begins none. */
    final WrittenWordGate causeLinkGate = new WrittenWordGate();
    /** Subterm titles (lowercase) that group the subterms below them under a heading no note writes. */
    final Set<String> headings = new HashSet<>();
    /**
     * {@code specified_site} rows: main terms (lowercase) whose heading of sites ends in "specified site NEC", taken by
     * a site of the Table of Neoplasms the note writes that no subterm of the heading names.
     */
    final Set<String> specifiedSites = new HashSet<>();
    /**
     * {@code specified_type} rows: a main term (lowercase) and the written words (lowercase) naming a kind of it the
     * Index lists only as "specified type NEC".
     */
    final Map<String, Set<String>> specifiedTypes = new HashMap<>();
    /** Words (as written, lowercase) that place a finding at the site written after them ("mass in the pancreas"). */
    final Set<String> siteAfter = new HashSet<>();
    /** Words (as written, lowercase) that may stand between such a word and the site ("the", "left"). */
    final Set<String> siteAfterFillers = new HashSet<>();
    /** {@code neoplasm_site_link} rows: words (as written) that link a site after a neoplasm word. */
    final Set<String> neoplasmSiteLinks = new HashSet<>();
    /** {@code neoplasm_site_break} rows: words (as written) that end the noun phrase of a neoplasm word. */
    final Set<String> neoplasmSiteBreaks = new HashSet<>();
    /** {@code neoplasm_site_start} rows: words (as written) that open the noun phrase before a neoplasm word. */
    final Set<String> neoplasmSiteStarts = new HashSet<>();
    /**
     * {@code skin_morphology} rows: a morphology word (as written) whose carcinoma, at a body-surface site the
     * Table prints only as an ill-defined region, is a carcinoma of the skin there; value = region cell to skin
     * code ("C76.4=C44.62", |-separated).
     */
    final Map<String, Map<String, String>> skinMorphology = new HashMap<>();
    /** {@code neoplasm_site_side} rows: a side (as written) that, after a comma, begins a neoplasm word's site. */
    final Set<String> neoplasmSiteSides = new HashSet<>();
    /** {@code neoplasm_site_pair} rows: a neoplasm word (as written) joined by "and"/"or" that shares the site. */
    final Set<String> neoplasmSitePairs = new HashSet<>();
    /**
     * {@code tissue_site_list} rows: a Neoplasm table row (its title, lowercase, without NEC) listing the sites of
     * one tissue; a site the list lacks is coded at the table's own row for that site.
     */
    final Set<String> tissueSiteLists = new HashSet<>();
    final Map<String, Integer> drugEffects = new HashMap<>();
    /**
     * {@code drug_cause} rows: a word linking a condition to its cause ("secondary to"), read as a word of drug
     * harm ({@link #drugEffects}, its column) only for a substance that begins within this many words after it.
     */
    final Map<String, Integer> drugCauseReach = new HashMap<>();
    /** {@code drug_not_harm_after} rows: a word (normalized) right after a substance that names no harm it did. */
    final Set<String> drugNotHarmAfter = new HashSet<>();
    final Map<String, Integer> drugIntents = new HashMap<>();
    /** {@link #harmGate} for the last word forms asked about (a navigator has one), made on first use. */
    private volatile Map.Entry<WordForms, Set<String>> harmGate;
    int maxEquivalentWords = 1;

    /**
     * The note words (normalized) that may give a sentence a word of drug harm ({@link #drugEffects}): a word of
     * harm itself, a word whose adjectival form ({@code forms}) reads as one, and the first word of a phrase that
     * stands for or implies one. A sentence with none of them (nor a word whose American spelling is one, nor a
     * reading that is one) names no harm, which is told without reading its words for the Index.
     */
    Set<String> harmGate(WordForms forms) {
        Map.Entry<WordForms, Set<String>> gate = harmGate;
        if (gate == null || gate.getKey() != forms) {
            Set<String> words = new HashSet<>(drugEffects.keySet());
            words.addAll(forms.formsReading(drugEffects.keySet()));
            for (Map<String, List<String>> phrases : List.of(equivalents, implied, impliedInStatement)) {
                phrases.forEach((phrase, means) -> {
                    if (means.stream().anyMatch(drugEffects::containsKey)) {
                        int sp = phrase.indexOf(' ');
                        words.add(sp < 0 ? phrase : phrase.substring(0, sp));
                    }
                });
            }
            gate = Map.entry(forms, Set.copyOf(words));
            harmGate = gate;
        }
        return gate.getValue();
    }

    NavigationRules(List<String> lines, String source) {
        for (String line : lines) {
            String[] f = RuleLines.kindRow(line, source);
            String key = TermNormalizer.key(f[1]);
            String written = f[1].trim().toLowerCase(Locale.ROOT);   // rows of words as written
            String value = f.length > 2 ? f[2].trim() : "";
            switch (f[0]) {
                case "connector" -> connectors.add(key);
                case "negative" -> negatives.put(key, Set.of(value.split("\\|")));
                case "skip" -> skip.add(key);
                case "title_forms" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    titleForms.put(f[1].trim(), List.of(value.split("\\|")));
                }
                case "ignore" -> ignore.add(key);
                case "essential_modifier" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    essentialModifiers.put(key, TermNormalizer.words(value));
                }
                case "equivalent" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    equivalents.put(key, TermNormalizer.words(value));
                    addEquivalentStarts(key);
                }
                case "reads_as" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    List<String> words = TermNormalizer.words(value);
                    readsAs.put(key, words.get(0));
                    equivalents.put(key, words);
                    addEquivalentStarts(key);
                    readsAsStarts.add(key);
                    for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
                        readsAsStarts.add(key.substring(0, sp));
                    }
                }
                case "implies" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    implied.put(key, TermNormalizer.words(value));
                    addEquivalentStarts(key);
                }
                case "implies_unless_after" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    impliedUnlessAfter.put(key, Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                }
                case "implies_in_statement" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    impliedInStatement.put(key, TermNormalizer.words(value));
                    addEquivalentStarts(key);
                }
                case "statement_head" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    List<String> path = new ArrayList<>();
                    path.add(key);
                    for (String step : value.split("\\|")) {
                        path.add(TermNormalizer.key(step));
                    }
                    statementHeads.add(List.copyOf(path));
                }
                case "head_context" -> headContext.add(key);
                case "reads_as_filler" -> readsAsFillers.add(key);
                case "stop" -> stop.add(key);
                case "not_main" -> notMain.add(key);
                case "eponym_operation" -> eponymOperations.add(key);
                case "whole_word" -> wholeWords.add(key);
                case "epithet" -> epithets.add(key);
                case "practitioner_ending" -> practitionerEndings.add(written.toLowerCase(Locale.ROOT));
                case "site_elsewhere" -> {
                    String[] at = written.split("\\s+");
                    RuleLines.require(at.length == 2 && !value.isEmpty(), source, line);
                    siteElsewhere.put(at[0] + "\t" + at[1], Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    siteElsewhereSubterms.add(at[1]);
                }
                case "nontraumatic_main" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    nontraumaticMain.put(key, TermNormalizer.key(value));
                }
                case "negation" -> negations.add(written);
                case "negating_prefix" -> negatingPrefixes.add(written);
                case "barrier_before" -> {
                    String barrier = written;
                    barriersBefore.put(barrier,
                            value.isBlank() ? Set.of() : Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    maxBarrierLength = Math.max(maxBarrierLength, barrier.length());
                }
                case "barrier_after" -> {
                    String barrier = written;
                    barriersAfter.put(barrier, Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    maxBarrierLength = Math.max(maxBarrierLength, barrier.length());
                }
                case "barrier_ahead" -> {
                    List<String> words = List.of(written.split("\\s+"));
                    barriersAhead.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
                }
                case "condition_noun" -> conditionNouns.add(key);
                case "condition_suffix" -> conditionSuffixes.add(f[1].trim());
                case "condition_head" -> conditionHeads.add(key);
                case "metastasis" -> metastasis.add(key);
                case "metastasis_head" -> metastasisHeads.add(key);
                case "list_filler" -> listFillers.add(key);
                case "window_free" -> windowFree.add(key);
                case "shared_cause" -> sharedCause.add(key);
                case "adverb_after" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    adverbAfter.put(written,
                            Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    adverbAfterGate.add(f[1].trim());
                }
                case "drug_class_before" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    drugClassBefore.put(written,
                            Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    drugClassGate.add(f[1].trim());
                }
                case "verb_before" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    verbBefore.put(written,
                            Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    verbGate.add(f[1].trim());
                }
                case "spread_verb" -> {
                    RuleLines.require(!value.isEmpty(), source, line);
                    spreadVerbs.put(written, Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                    spreadVerbGate.add(f[1].trim());
                }
                case "spread_break" -> {
                    spreadBreaks.add(written);
                    spreadBreakGate.add(f[1].trim());
                }
                case "site_after" -> siteAfter.add(written);
                case "site_after_filler" -> siteAfterFillers.add(written);
                case "neoplasm_site_link" -> neoplasmSiteLinks.add(written);
                case "neoplasm_site_break" -> neoplasmSiteBreaks.add(written);
                case "neoplasm_site_pair" -> neoplasmSitePairs.add(written);
                case "tissue_site_list" -> tissueSiteLists.add(written);
                case "neoplasm_site_side" -> neoplasmSiteSides.add(written);
                case "neoplasm_site_start" -> neoplasmSiteStarts.add(written);
                case "skin_morphology" -> {
                    Map<String, String> regions = new HashMap<>();
                    for (String pair : value.split("\\|")) {
                        String[] kv = pair.split("=", -1);
                        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                            throw new IllegalArgumentException(source + ": bad skin_morphology value \"" + value + "\"");
                        }
                        regions.put(kv[0].trim(), kv[1].trim());
                    }
                    skinMorphology.put(written, regions);
                }
                case "with_link" -> withLinks.add(written);
                case "metastasis_forward" -> metastasisForward.add(List.of(written.split("\\s+")));
                case "metastasis_site" -> metastasisSites.add(List.of(written.split("\\s+")));
                case "not_causal" -> {
                    String[] link = value.toLowerCase(Locale.ROOT).split("\\s+");
                    RuleLines.require(link.length == 2, source, line);
                    notCausal.put(written + "\t" + link[0], link[1]);
                }
                case "cause_link" -> {
                    RuleLines.require(written.split("\\s+").length == 2, source, line);
                    causeLinks.add(String.join(" ", written.split("\\s+")));
                    causeLinkGate.add(written.split("\\s+")[0]);
                }
                case "heading" -> headings.add(written);
                case "specified_site" -> specifiedSites.add(written);
                case "specified_type" -> {
                    RuleLines.require(!value.isBlank(), source, line);
                    specifiedTypes.put(written, Set.of(value.toLowerCase(Locale.ROOT).split("\\|")));
                }
                case "metastasis_link" -> metastasisLinks.add(List.of(written.split("\\s+")));
                case "drug_effect" -> drugEffects.put(key, column(value, source, line));
                case "drug_intent" -> drugIntents.put(key, column(value, source, line));
                case "drug_cause" -> {
                    String[] v = value.split("\\s+");
                    RuleLines.require(v.length == 2 && v[1].matches("[1-9]"), source, line);
                    drugEffects.put(key, column(v[0], source, line));
                    drugCauseReach.put(key, Integer.parseInt(v[1]));
                }
                case "drug_not_harm_after" -> drugNotHarmAfter.add(key);
                default -> throw new IllegalArgumentException(source + ": unknown kind in \"" + line + "\"");
            }
        }
    }

    /** A phrase key read in place of other words: it and each run of its first words can start one. */
    private void addEquivalentStarts(String key) {
        equivalentStarts.add(key);
        for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
            equivalentStarts.add(key.substring(0, sp));
        }
        maxEquivalentWords = Math.max(maxEquivalentWords, key.split(" ").length);
    }

    /**
     * Whether a main term's key names a condition on its own: a condition noun, or one word of at least
     * six letters with a disease suffix, and not a stop word; a key of several words by its last word
     * (a condition head such as "disease" or "syndrome", a condition noun or a suffix word).
     */
    boolean namesCondition(String key) {
        if (stop.contains(key)) {
            return false;
        }
        if (conditionNouns.contains(key)) {
            return true;
        }
        int space = key.lastIndexOf(' ');
        if (space > 0) {
            // a main term of several words names a condition by its last word: "Mondor's disease",
            // "Dandy-Walker syndrome", "Angioneurotic edema"
            String last = key.substring(space + 1);
            return conditionHeads.contains(last) || conditionNouns.contains(last) || namesCondition(last);
        }
        if (key.length() < 6) {
            return false;
        }
        for (int k = 0; k < conditionSuffixes.size(); k++) {
            if (key.endsWith(conditionSuffixes.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Note phrases of several words to the Index words they stand for ({@code equivalent} and {@code reads_as}
     * rows: "lymph node" is the Index's "lymph gland"); a one-word equivalent ("ganglion") has other senses.
     */
    public Map<String, List<String>> phraseEquivalents() {
        Map<String, List<String>> out = new HashMap<>();
        equivalents.forEach((k, v) -> {
            if (k.indexOf(' ') > 0) {
                out.put(k, v);
            }
        });
        return Map.copyOf(out);
    }

    /**
     * Note words of one word to the Index words they stand for ({@code equivalent} rows: "prostatic" is the
     * Index's "prostate"), for a reader that already knows the word names a site.
     */
    public Map<String, List<String>> wordEquivalents() {
        Map<String, List<String>> out = new HashMap<>();
        equivalents.forEach((k, v) -> {
            if (k.indexOf(' ') < 0) {
                out.put(k, v);
            }
        });
        return Map.copyOf(out);
    }

    /**
     * The forms of one word an Index title lists ("axilla, axillary": axilla, axillary), from the
     * {@code title_forms} rows or else read from the title as the navigation reads it ("NEC" aside); empty for
     * any other title ("follicle, nabothian").
     */
    public List<String> formsOf(IndexTerm term) {
        List<String> forms = titleForms.get(term.title());
        return forms != null ? forms : IndexWalker.forms(term, ignore);
    }

    public static NavigationRules standard() {
        return new NavigationRules(DataFiles.afterHeader(RESOURCE, HEADER), RESOURCE);
    }

    private static int column(String value, String source, String line) {
        RuleLines.require(value.matches("[2-7]"), source, line);
        return Integer.parseInt(value);
    }

    /**
     * Whether two words of a shared stem ({@link ClauseWords#sameStem}) may be read as one Index word as far as the
     * person nouns go: a word ending as a practitioner's name ({@code practitioner_ending} rows) and one that does
     * not are the same word only when the other writes it whole and goes on ("persist", "persistent").
     */
    boolean sameKindOfWord(String a, String b) {
        boolean pa = namesPractitioner(a);
        boolean pb = namesPractitioner(b);
        if (pa == pb) {
            return true;
        }
        return pa ? b.startsWith(a) : a.startsWith(b);
    }

    private boolean namesPractitioner(String word) {
        for (String ending : practitionerEndings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
