package org.opencac.engine.pcs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencac.engine.DataFiles;

/**
 * The team-written word lists the PCS stages read (all in {@code engine/pcs/}): procedure terms,
 * anatomy words, approach cues, other character cues, not-performed cues, partial-removal cues and paired organs.
 */
public final class PcsLexicon {
    static final String DIR = "/org/opencac/engine/pcs/";
    /** The terms of each phrase key: one, or several for a phrase naming several operations ("cystoprostatectomy"). */
    private final Map<String, List<ProcedureTerm>> terms;
    private final Pattern termPattern;
    private final Set<String> firstWords;
    private final Map<String, List<String>> anatomy;
    private final Map<String, String> approaches;
    private final List<CharacterCue> characterCues;
    private final List<String> notPerformed;
    private final List<String> negations;
    private final List<String> notPerformedAfter;
    private final Set<String> partial;
    private final Set<String> partialOrgan;
    private final Set<String> findingWords;
    private final Set<String> pairedOrgans;
    private final List<String> functionStates;

    /**
     * A cue for a character other than the approach.
     *
     * @param section  section label, "*" for any
     * @param position character position (5-7)
     * @param cue      lower-case phrase
     * @param label    the value label it selects
     */
    public record CharacterCue(String section, int position, String cue, String label) {
    }

    PcsLexicon(List<ProcedureTerm> terms, Map<String, List<String>> anatomy, Map<String, String> approaches,
               List<CharacterCue> characterCues, List<String> notPerformed, List<String> negations,
               List<String> notPerformedAfter,
               Set<String> partial, Set<String> partialOrgan, Set<String> findingWords, Set<String> pairedOrgans,
               List<String> functionStates) {
        // spelling variants of one phrase ("x-ray", "x ray") share a key: a row adds a term to its key only
        // when it codes something the key's earlier rows do not
        Map<String, List<ProcedureTerm>> m = new HashMap<>();
        for (ProcedureTerm t : terms) {
            List<ProcedureTerm> same = m.computeIfAbsent(key(t.phrase()), k -> new ArrayList<>());
            if (same.stream().noneMatch(o -> o.codesAs(t))) {
                same.add(t);
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.terms = Map.copyOf(m);
        this.termPattern = phrasePattern(terms.stream().map(ProcedureTerm::phrase).collect(Collectors.toSet()));
        this.firstWords = terms.stream().map(t -> t.phrase().split("[\\s-]+")[0]).collect(Collectors.toUnmodifiableSet());
        // File order, not Map.copyOf: both maps are walked in order (a side's organ words, the first
        // approach cue written), and Map.copyOf's order changes from one JVM to the next.
        this.anatomy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(anatomy));
        this.approaches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(approaches));
        this.characterCues = List.copyOf(characterCues);
        this.notPerformed = List.copyOf(notPerformed);
        this.negations = List.copyOf(negations);
        this.notPerformedAfter = List.copyOf(notPerformedAfter);
        this.partial = Set.copyOf(partial);
        this.partialOrgan = Set.copyOf(partialOrgan);
        this.findingWords = Set.copyOf(findingWords);
        this.pairedOrgans = Set.copyOf(pairedOrgans);
        this.functionStates = List.copyOf(functionStates);
    }

    /** Reads the bundled lists. */
    public static PcsLexicon standard() {
        List<ProcedureTerm> terms = new ArrayList<>();
        for (String[] c : rows("procedure_terms.tsv",
                "phrase\tsection\tcharacter 3\tcharacter 4\tcharacter 5\tcharacter 6\tcharacter 7\tweight", 7, 8)) {
            List<Optional<String>> given = new ArrayList<>();
            for (int i = 3; i < 7; i++) {
                given.add(c[i].equals("-") ? Optional.empty() : Optional.of(c[i]));
            }
            double weight = c.length == 8 ? Double.parseDouble(c[7]) : 1.0;
            terms.add(new ProcedureTerm(c[0].toLowerCase(Locale.ROOT), c[1], c[2], given, weight));
        }
        Map<String, List<String>> anatomy = new java.util.LinkedHashMap<>();
        for (String[] c : rows("anatomy_words.tsv", "word\tlabel words", 2, 2)) {
            anatomy.put(c[0].toLowerCase(Locale.ROOT), List.of(c[1].toLowerCase(Locale.ROOT).split(" ")));
        }
        Map<String, String> approaches = new java.util.LinkedHashMap<>();
        for (String[] c : rows("approach_cues.tsv", "cue\tapproach", 2, 2)) {
            approaches.put(c[0].toLowerCase(Locale.ROOT), c[1]);
        }
        List<CharacterCue> cues = new ArrayList<>();
        for (String[] c : rows("character_cues.tsv", "section\tposition\tcue\tvalue", 4, 4)) {
            cues.add(new CharacterCue(c[0], Integer.parseInt(c[1]), c[2].toLowerCase(Locale.ROOT), c[3]));
        }
        return new PcsLexicon(terms, anatomy, approaches, cues, DataFiles.lines(DIR + "not_performed_cues.txt"),
                DataFiles.lines(DIR + "negation_cues.txt"),
                DataFiles.lines(DIR + "not_performed_after_cues.txt"),
                Set.copyOf(DataFiles.lines(DIR + "partial_cues.txt")),
                Set.copyOf(DataFiles.lines(DIR + "partial_organ_cues.txt")),
                Set.copyOf(DataFiles.lines(DIR + "finding_words.txt")),
                Set.copyOf(DataFiles.lines(DIR + "paired_organ_words.txt")),
                DataFiles.lines(DIR + "function_state_cues.txt"));
    }

    /**
     * The rows of the bundled list {@code file} under its header ({@link DataFiles#rows}); a row of fewer than
     * {@code min} or more than {@code max} columns fails at start-up, naming the file and the line.
     */
    private static List<String[]> rows(String file, String header, int min, int max) {
        List<String[]> out = new ArrayList<>();
        DataFiles.rows(DIR + file, header, (c, lineNo) -> {
            if (c.length < min || c.length > max) {
                throw new IllegalStateException(file + " line " + lineNo + ": expected " + header.replace("\t", "<TAB>")
                        + (min < max ? " (the last " + (max - min) + " optional)" : ""));
            }
            out.add(c);
        });
        return out;
    }

    /** One alternation of the phrases, longest first, on word boundaries; spaces and hyphens interchangeable (never a line break). */
    static Pattern phrasePattern(Set<String> phrases) {
        String alternation = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(p -> java.util.Arrays.stream(p.split("[\\s-]+")).map(Pattern::quote)
                        .collect(Collectors.joining("[ \\t-]*")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Pattern termPattern() {
        return termPattern;
    }

    /** The lower-case first words of the phrases: the term pattern is tried only where one of them starts. */
    public boolean isFirstWord(String lowerCaseWord) {
        return firstWords.contains(lowerCaseWord);
    }

    /** The (first) term of a matched phrase (normalized: lower case, single spaces, hyphens as written in the list). */
    public Optional<ProcedureTerm> term(String matched) {
        return termsOf(matched).stream().findFirst();
    }

    /**
     * Every term of a matched phrase, in file order: several rows of one phrase name the operations of a
     * compound procedure ("cystoprostatectomy" resects the bladder, the prostate and the seminal vesicles),
     * each coded on its own.
     */
    public List<ProcedureTerm> termsOf(String matched) {
        return terms.getOrDefault(key(matched), List.of());
    }

    /** Lower case without spaces and hyphens: "X-ray", "x ray" and "xray" share a key. */
    static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
    }

    public List<ProcedureTerm> terms() {
        return terms.values().stream().flatMap(List::stream).sorted(Comparator.comparing(ProcedureTerm::phrase)).toList();
    }

    public Map<String, List<String>> anatomy() {
        return anatomy;
    }

    public Map<String, String> approaches() {
        return approaches;
    }

    public List<CharacterCue> characterCues() {
        return characterCues;
    }

    public List<String> notPerformed() {
        return notPerformed;
    }

    /** Negation words: they reach a procedure word only inside its clause. */
    public List<String> negations() {
        return negations;
    }

    public List<String> notPerformedAfter() {
        return notPerformedAfter;
    }

    public boolean isPartialCue(String word) {
        return partial.contains(word);
    }

    /**
     * Whether a word reports a finding ("seen", "observed"): a negation followed by one before the procedure
     * word negates the finding, not the procedure ("no lesion was seen on the ultrasound").
     */
    public boolean isFindingWord(String word) {
        return findingWords.contains(word);
    }

    /**
     * Whether the words just before a measurement word name the state of the function it measures
     * ("decreased visual acuity"), so that it names a symptom, not a measurement done.
     */
    public boolean namesFunctionState(String textBefore) {
        String before = " " + String.join(" ", textBefore.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).trim();
        return functionStates.stream().anyMatch(cue -> before.endsWith(" " + cue));
    }

    /** Whether a word just before an organ's "-ectomy" means only part of the organ was cut out ("subtotal"). */
    public boolean isPartialOrganCue(String word) {
        return partialOrgan.contains(word);
    }

    /** Whether a singular word names a body part the body has two of ("kidney"): its plural alone tells both sides. */
    public boolean isPairedOrgan(String word) {
        return pairedOrgans.contains(word);
    }
}
