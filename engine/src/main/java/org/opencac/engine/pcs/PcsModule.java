package org.opencac.engine.pcs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.FirstUse;
import org.opencac.engine.note.Span;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.icd10pcs.PcsDefinitionsLoader;
import org.opencac.models.codeset.icd10pcs.PcsTables;
import org.opencac.models.codeset.icd10pcs.PcsTablesLoader;

/**
 * ICD-10-PCS as a code-system plug-in (inpatient procedures). Its steps, in order:
 * <ol>
 *   <li>procedure words: the team's procedure terms found in the note (one pass over the text);</li>
 *   <li>performed filter: words in sections about other encounters (past surgical, family, social history,
 *       medications, allergies, instructions) or after a not-performed cue ("planned", "declined", "no") are dropped;</li>
 *   <li>characters: {@link PcsCoder} builds each code inside its table (body part, laterality, approach,
 *       device, qualifier);</li>
 *   <li>suggestions: complete codes are suggested; a code with an undetermined character is suggested
 *       as its determined prefix, not billable, with a provider query naming the character.</li>
 * </ol>
 * The tables load on first use, so a pipeline that never codes PCS pays nothing.
 */
public final class PcsModule implements CodeSystemModule {
    /** Sections about other encounters, whose procedure words are not coded ({@code other_encounter_sections.txt}). */
    private static final Set<SectionType> OTHER_ENCOUNTER_SECTIONS = sections("other_encounter_sections.txt");
    /** Sections that tell the procedure performed, whose codes get a bonus ({@code procedure_sections.txt}). */
    private static final Set<SectionType> PROCEDURE_SECTIONS = sections("procedure_sections.txt");

    /** The section types a bundled list names, one id a line. */
    private static Set<SectionType> sections(String file) {
        return DataFiles.lines(PcsLexicon.DIR + file).stream().map(SectionType::fromId)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Where a clause ends: a comma, semicolon, colon or bracket, or a contrasting "but", "while". */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\\[\\]]|\\b(?:but|while|whereas|although)\\b");

    private final CodeSetVersion version;
    private final Supplier<PcsCoder> coder;
    private final Supplier<PcsTables> tables;
    private final PcsLexicon lexicon;
    private final PcsWeights weights;

    public PcsModule(CodeSetVersion version, Supplier<PcsTables> tables, Supplier<PcsCoder> coder, PcsLexicon lexicon,
                     PcsWeights weights) {
        this.version = version;
        this.tables = tables;
        this.coder = coder;
        this.lexicon = lexicon;
        this.weights = weights;
    }

    /** The bundled FY2026 tables and definitions, loaded on first use. */
    public static PcsModule bundled() {
        PcsLexicon lexicon = PcsLexicon.standard();
        PcsWeights weights = PcsWeights.standard();
        Supplier<PcsTables> tables = new FirstUse<>(PcsTablesLoader::loadBundled);
        Supplier<PcsCoder> coder = new FirstUse<>(() -> new PcsCoder(tables.get(), PcsDefinitionsLoader.loadBundled(),
                lexicon, weights));
        return new PcsModule(new CodeSetVersion(CodeSystem.ICD10PCS, "FY2026"), tables, coder, lexicon, weights);
    }

    /** Eagerly-built module over given tables (tests). */
    public static PcsModule of(PcsTables tables, PcsCoder coder, PcsLexicon lexicon, PcsWeights weights) {
        return new PcsModule(tables.version(), () -> tables, () -> coder, lexicon, weights);
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.ICD10PCS;
    }

    @Override
    public CodeSetVersion version() {
        return version;
    }

    public PcsTables tables() {
        return tables.get();
    }

    /**
     * A code or code prefix is described; words are matched against each table row's labels (operation,
     * body system, body part) and give four-character table-row prefixes.
     */
    @Override
    public List<FoundCode> search(String query, int limit) {
        String q = query.trim().toUpperCase(Locale.ROOT);
        PcsTables t = tables.get();
        if (q.matches("[0-9A-HJ-NP-Z]{3,7}") && t.isValidPrefix(q)) {
            return List.of(new FoundCode(q, t.describe(q).orElse(q)));
        }
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<FoundCode> out = new ArrayList<>();
        for (var table : t.tables()) {
            for (var bp : table.values(4)) {
                String label = (table.section() + " " + table.bodySystem() + " " + table.operation() + " " + bp.label())
                        .toLowerCase(Locale.ROOT);
                if (Arrays.stream(words).allMatch(label::contains)) {
                    String code = table.prefix() + bp.code();
                    out.add(new FoundCode(code, t.describe(code).orElse(code)));
                    if (out.size() >= limit) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    @Override
    public SystemResult code(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        Map<String, Acc> byCode = new LinkedHashMap<>();
        List<DocumentationQuery> queries = new ArrayList<>();
        record Found(ProcedureTerm term, Span cue, Sentence sentence) {
        }
        List<Found> found = new ArrayList<>();
        // the phrase alternation is tried only where a word that starts a phrase begins (cheap on long notes)
        Matcher m = lexicon.termPattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher word = WORD.matcher(text);
        int from = 0;
        while (word.find(from)) {
            from = word.end();
            if (!lexicon.isFirstWord(word.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            m.region(word.start(), text.length());
            if (!m.lookingAt()) {
                continue;
            }
            from = Math.max(from, m.end());
            Sentence sentence = sentenceAt(sentences, m.start());
            if (sentence == null || m.end() > sentence.span().end()) {
                continue;
            }
            for (ProcedureTerm term : lexicon.termsOf(m.group())) {
                if (!term.ignored()) {
                    found.add(new Found(term, new Span(m.start(), m.end()), sentence));
                }
            }
        }
        for (Found f : found) {
            Span cue = f.cue();
            Sentence sentence = f.sentence();
            Optional<ProcedureTerm> term = Optional.of(f.term());
            Section section = doc.sectionOf(sentence);
            if (OTHER_ENCOUNTER_SECTIONS.contains(section.type())) {
                continue;
            }
            String sText = text.substring(sentence.span().start(), sentence.span().end());
            if (notPerformed(sText, cue.start() - sentence.span().start(), cue.end() - sentence.span().start())) {
                continue;
            }
            // "decreased visual acuity" names the function's loss (a diagnosis), not a measurement done
            if (f.term().isMeasurement() && lexicon.namesFunctionState(
                    sText.substring(0, cue.start() - sentence.span().start()))) {
                continue;
            }
            // an inspection done to accomplish another procedure is not coded separately (PCS guideline B3.11b)
            if (f.term().isSurgicalInspection() && found.stream().anyMatch(o -> o.sentence() == sentence
                    && o.term().section().equals("Medical and Surgical") && !o.term().isSurgicalInspection()
                    && !o.term().ignored())) {
                continue;
            }
            List<PcsCoder.Neighbour> neighbours = neighbours(doc, sentences, sentence, section);
            for (PcsCoding c : coder.get().code(term.get(), cue, sText, sentence.span().start(), text, neighbours)) {
                double score = Math.min(1.0, c.score() * f.term().weight()
                        + (PROCEDURE_SECTIONS.contains(section.type()) ? weights.get(PcsWeights.BONUS_PROCEDURE_SECTION) : 0.0));
                if (c.code().length() < 4) {
                    queries.add(query(doc, c, section, "which " + c.missing().toLowerCase(Locale.ROOT)
                            + " (the note's words fit more than one)"));
                    continue;
                }
                Acc acc = byCode.computeIfAbsent(c.code(), k -> new Acc(c));
                acc.score = Math.max(acc.score, score) + (acc.count > 0 ? weights.get(PcsWeights.BONUS_REPEAT) : 0.0);
                acc.count++;
                c.evidence().forEach(e -> acc.spans.putIfAbsent(e, section.category()));
                if (!c.complete() && acc.count == 1) {
                    queries.add(query(doc, c, section, null));
                }
            }
        }
        // a complete code makes an incomplete one of the same first four characters redundant
        List<Suggestion> out = new ArrayList<>();
        for (Acc a : byCode.values()) {
            if (!a.coding.complete() && byCode.keySet().stream().anyMatch(k -> k.length() == 7 && k.startsWith(a.coding.code()))) {
                continue;
            }
            String description = tables.get().describe(a.coding.code()).orElse(a.coding.code());
            if (!a.coding.complete()) {
                description += " [incomplete: " + a.coding.missing().toLowerCase(Locale.ROOT) + " not documented]";
            }
            List<EvidenceSpan> evidence = a.spans.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new EvidenceSpan(e.getKey().start(), e.getKey().end(), e.getKey().coveredText(text),
                            e.getValue(), false, "present", "patient")).toList();
            out.add(new Suggestion(a.coding.code(), description, a.coding.complete(), Math.min(1.0, a.score), evidence,
                    a.coding.rationale(), false, CodeSystem.ICD10PCS, version.label(), 1));
        }
        out.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        List<DocumentationQuery> kept = queries.stream()
                .filter(q -> out.stream().anyMatch(s -> s.code().equals(q.code())) || q.code().length() < 4).toList();
        return new SystemResult(version, out, kept);
    }

    private static final class Acc {
        final PcsCoding coding;
        double score;
        int count;
        final Map<Span, String> spans = new LinkedHashMap<>();

        Acc(PcsCoding coding) {
            this.coding = coding;
            this.score = 0;
        }
    }

    private static DocumentationQuery query(Document doc, PcsCoding c, Section section, String override) {
        String what = c.missing().toLowerCase(Locale.ROOT);
        String prompt = override != null
                ? "The note documents the procedure but not " + override + ": please document it."
                : "The note documents " + c.code() + " (" + String.join("; ", c.rationale().subList(0, Math.min(1, c.rationale().size())))
                + ") but not the " + what + ", which the code needs: please document the " + what + ".";
        List<EvidenceSpan> ev = c.evidence().stream().limit(3)
                .map(s -> new EvidenceSpan(s.start(), s.end(), s.coveredText(doc.text()), section.category(), false,
                        "present", "patient")).toList();
        return new DocumentationQuery(c.code(), what, prompt, c.options(), ev);
    }

    /** Whether a cue before the procedure word (or a planning cue just after it) says it was not performed. */
    private boolean notPerformed(String sentence, int cueOffset, int cueEnd) {
        String before = sentence.substring(0, cueOffset).toLowerCase(Locale.ROOT);
        String[] words = before.split("[^\\p{L}\\p{N}]+");
        int n = weights.count(PcsWeights.NOT_PERFORMED_WORDS);
        int from = Math.max(0, words.length - n);
        String window = " " + String.join(" ", Arrays.copyOfRange(words, from, words.length)) + " ";
        for (String cue : lexicon.notPerformed()) {
            if (!lexicon.negations().contains(cue) && window.contains(" " + cue + " ") && reaches(before, cue)) {
                return true;
            }
        }
        // a negation reaches the procedure word only inside its clause
        String[] clauses = CLAUSE_END.split(before, -1);
        String[] clauseWords = clauses[clauses.length - 1].split("[^\\p{L}\\p{N}]+");
        String clause = " " + String.join(" ", Arrays.copyOfRange(clauseWords,
                Math.max(0, clauseWords.length - n), clauseWords.length)) + " ";
        // "the ECG showed no changes and an ultrasound showed ...": a procedure word followed by its own finding
        // word reports a result, so it was done; a negation before it belongs to another clause
        String[] next = sentence.substring(cueEnd).toLowerCase(Locale.ROOT).trim().split("[^\\p{L}\\p{N}]+");
        boolean reportsResult = Arrays.stream(next).limit(weights.count(PcsWeights.RESULT_WORDS))
                .anyMatch(lexicon::isFindingWord);
        for (String cue : reportsResult ? List.<String>of() : lexicon.negations()) {
            int at = clause.lastIndexOf(" " + cue + " ");
            // "no lesion is seen in the eye fundus": the negation is the finding's, the examination was done
            if (at >= 0 && Arrays.stream(clause.substring(at + cue.length() + 1).trim().split(" "))
                    .noneMatch(lexicon::isFindingWord)) {
                return true;
            }
        }
        String[] after = sentence.substring(cueOffset).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String afterWindow = " " + String.join(" ", Arrays.copyOfRange(after, 0, Math.min(after.length, n))) + " ";
        for (String cue : lexicon.notPerformedAfter()) {
            if (afterWindow.contains(" " + cue + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences around a procedure word's, nearest first (the ones before, then the ones after, as many as
     * {@code pcs_weights.tsv} says), in the same section: where the word's own sentence names no body part,
     * the examination's subject is usually named next to it ("An ultrasound was done. It showed a renal mass").
     */
    private List<PcsCoder.Neighbour> neighbours(Document doc, List<Sentence> sentences, Sentence sentence, Section section) {
        int i = indexAt(sentences, sentence.span().start());
        List<PcsCoder.Neighbour> out = new ArrayList<>();
        int before = weights.count(PcsWeights.NEIGHBOUR_SENTENCES_BEFORE);
        int after = weights.count(PcsWeights.NEIGHBOUR_SENTENCES_AFTER);
        for (int k = 1; k <= before && i - k >= 0; k++) {
            addNeighbour(doc, sentences.get(i - k), section, out);
        }
        for (int k = 1; k <= after && i >= 0 && i + k < sentences.size(); k++) {
            addNeighbour(doc, sentences.get(i + k), section, out);
        }
        return out;
    }

    private static void addNeighbour(Document doc, Sentence s, Section section, List<PcsCoder.Neighbour> out) {
        if (doc.sectionOf(s).category().equals(section.category())) {
            out.add(new PcsCoder.Neighbour(doc.text().substring(s.span().start(), s.span().end()), s.span().start()));
        }
    }

    /**
     * Whether a not-performed cue before the procedure word reaches it: across a comma, semicolon or bracket
     * only through a list of procedures ("history of cholecystectomy, appendectomy"), not through other
     * words ("with no personal history of interest, who in an ultrasound ...").
     */
    private boolean reaches(String before, String cue) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(cue)
                + "(?![\\p{L}\\p{N}])").matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return true;
        }
        String[] segments = LIST_BREAK.split(before.substring(end), -1);
        for (int i = 0; i < segments.length - 1; i++) {
            if (!lexicon.termPattern().matcher(segments[i]).find()) {
                return false;
            }
        }
        return true;
    }

    /** Where an item of a list (or a clause) ends: a comma, semicolon or bracket (not a colon: "Planned: ..."). */
    private static final Pattern LIST_BREAK = Pattern.compile("[,;()\\[\\]]");

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int i = indexAt(sentences, offset);
        return i < 0 ? null : sentences.get(i);
    }

    private static int indexAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.span().end() <= offset) {
                lo = mid + 1;
            } else if (s.span().start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
