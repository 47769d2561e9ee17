package org.opencac.evaluation.coverage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.evaluation.batch.BatchInput;
import org.opencac.evaluation.batch.BatchNote;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.CodeSystem;

/**
 * Recall of the provider's diagnostic statement without gold: in each note, the phrases of the sections the
 * section detector takes as a diagnostic statement (impression, assessment, diagnoses; a plan alone is not
 * one) that no suggested ICD-10-CM code takes its evidence from. Phrases are the statement's list items and
 * clauses cut at sentence ends, numbers, semicolons and commas; a phrase is "uncovered" when no evidence span
 * of a suggested diagnosis code overlaps it. Uncovered phrases are counted by head word (the last word before
 * a preposition or conjunction) so that a mechanism seen across many notes shows as one bucket.
 *
 * <p>Also counts the first-listed check: among notes whose statement's first phrase is covered, how many
 * have their first suggestion taken from it.
 *
 * <p>Usage: {@code StatementCoverage NOTES.jsonl CACHE_DIR [DETAIL.tsv] [TOP]}. The detail file holds note
 * text (the phrases): keep it out of the repository.
 */
public final class StatementCoverage {
    /** Headers that introduce a diagnostic statement (a plan or recommendation header alone does not). */
    private static final Pattern STATEMENT_HEADER = Pattern.compile(
            "impression|assessment|diagnos|conclusion|\\ba\\s*[/&]\\s*p\\b|\\baxis\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREOPERATIVE = Pattern.compile("pre[- ]?op|preprocedure|pre-procedure|admi",
            Pattern.CASE_INSENSITIVE);
    /** Where a statement is cut into phrases: list numbers, sentence ends, semicolons, commas, line ends. */
    private static final Pattern CUT = Pattern.compile(
            "(?:^|(?<=[\\s,]))\\(?\\d{1,2}[.)](?=\\s|[A-Za-z])|[.;:](?=\\s|,|$)|,(?=\\s*[A-Z0-9])|\\n|\\s-\\s|\\s{3,}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    /** Words after which the head of a diagnosis phrase has been said. */
    private static final java.util.Set<String> HEAD_END = java.util.Set.of("of", "with", "without", "in", "due",
            "secondary", "from", "at", "on", "involving", "versus", "vs", "and", "or", "to", "status", "x",
            "likely", "which", "that", "for", "by", "associated", "related", "resulting", "causing", "who");
    /** Phrases that start with these words are plan, narrative or qualifiers, not diagnoses. */
    private static final java.util.Set<String> NOT_A_DIAGNOSIS = java.util.Set.of(
            "will", "continue", "follow", "return", "discussed", "recommend", "recommended", "plan", "patient", "he",
            "she", "we", "the", "i", "they", "this", "it", "his", "her", "pt", "also", "if", "call", "see", "start",
            "started", "stop", "given", "prescribed", "refer", "referred", "check", "obtain", "schedule",
            "scheduled", "no", "negative", "normal", "there", "is", "was", "are", "were", "she's", "he's", "please",
            "rule", "r/o", "possible", "probable", "questionable", "suspect", "suspected", "consider", "be", "would",
            "should", "may", "can", "could", "to", "thank", "as", "at", "in", "on", "with", "and", "or", "for", "of",
            "by", "after", "before", "then", "which", "who", "when", "unremarkable", "within", "all", "however", "therefore", "again", "subsequently", "hopefully", "currently",
            "respectively", "deferred", "axis", "none", "status", "both", "each",
            "otherwise", "overall", "such", "these", "those", "that", "a", "an");
    private static final int MAX_WORDS = 10;

    private StatementCoverage() {
    }

    /** One statement phrase and whether a suggestion took its evidence from it. */
    public record Phrase(String noteId, String header, int start, int end, String text, String head,
                         boolean covered, String mentions) {
    }

    /** A note's phrases and its first-listed check. */
    public record NoteCoverage(String noteId, List<Phrase> phrases, boolean firstPhraseCovered,
                               boolean firstSuggestionFromFirstPhrase) {
    }

    public static void main(String[] args) throws Exception {
        Path notesFile = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path detail = args.length > 2 ? Path.of(args[2]) : null;
        int top = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        List<BatchNote> notes = new BatchInput().read(notesFile);
        List<NoteCoverage> results = new ArrayList<>();
        try (ModelBundle models = ModelBundle.load(cache)) {
            Pipeline pipeline = Pipeline.standard(models);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<NoteCoverage>> futures = new ArrayList<>();
            for (BatchNote n : notes) {
                if (n.problem() != null || n.text().isBlank()) {
                    continue;
                }
                CareSetting care = CareSetting.parse(n.setting()).orElse(CareSetting.OUTPATIENT);
                futures.add(pool.submit(() -> measure(n.id(), pipeline.run(new Note(n.text(), care)))));
            }
            for (Future<NoteCoverage> f : futures) {
                results.add(f.get());
            }
            pool.shutdownNow();
        }
        report(results, top, detail);
    }

    /** The statement phrases of one coded note. */
    public static NoteCoverage measure(String noteId, Document doc) {
        String text = doc.text();
        List<Section> statements = statementSections(doc);
        List<Phrase> phrases = new ArrayList<>();
        Phrase first = null;
        for (Section s : statements) {
            String header = text.substring(s.header().start(), s.header().end()).strip();
            List<int[]> cuts = phrases(text, s.header().end(), s.span().end());
            for (int[] p : cuts) {
                Phrase phrase = phrase(noteId, header, doc, p[0], p[1]);
                if (phrase != null) {
                    if (first == null && !PREOPERATIVE.matcher(header).find()) {
                        first = phrase;
                    }
                    phrases.add(phrase);
                }
            }
        }
        if (first == null && !phrases.isEmpty()) {
            first = phrases.get(0);
        }
        boolean firstCovered = first != null && first.covered();
        boolean firstFromIt = false;
        if (firstCovered) {
            Suggestion lead = leading(doc);
            if (lead != null) {
                for (EvidenceSpan e : lead.evidence()) {
                    if (e.start() < first.end() && first.start() < e.end()) {
                        firstFromIt = true;
                    }
                }
            }
        }
        return new NoteCoverage(noteId, phrases, firstCovered, firstFromIt);
    }

    private static Suggestion leading(Document doc) {
        for (Suggestion s : doc.suggestions()) {
            if (s.codeSystem() == CodeSystem.ICD10CM) {
                return s;
            }
        }
        return null;
    }

    private static List<Section> statementSections(Document doc) {
        List<Section> out = new ArrayList<>();
        for (Section s : doc.sections()) {
            if (s.type() == SectionType.IMPRESSION || s.type() == SectionType.ASSESSMENT_PLAN
                    || s.type() == SectionType.DIAGNOSES) {
                String header = doc.text().substring(s.header().start(), s.header().end());
                if (STATEMENT_HEADER.matcher(header).find()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The [start, end) offsets of the pieces of text between cuts. */
    static List<int[]> phrases(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CUT.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        int start = from;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, to});
        return out;
    }

    private static Phrase phrase(String noteId, String header, Document doc, int start, int end) {
        String text = doc.text();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        String covered = text.substring(start, end);
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(covered);
        while (w.find()) {
            words.add(w.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty() || words.size() > MAX_WORDS || NOT_A_DIAGNOSIS.contains(words.get(0))
                || words.stream().noneMatch(x -> x.length() >= 3)) {
            return null;
        }
        boolean isCovered = false;
        for (Suggestion s : doc.suggestions()) {
            if (s.codeSystem() != CodeSystem.ICD10CM) {
                continue;
            }
            for (EvidenceSpan e : s.evidence()) {
                if (e.start() < end && start < e.end()) {
                    isCovered = true;
                }
            }
        }
        return new Phrase(noteId, header, start, end, covered.replaceAll("\\s+", " "), head(words), isCovered,
                isCovered ? "" : mentions(doc, start, end));
    }

    /** The last word before the first preposition or conjunction, else the last word. */
    static String head(List<String> words) {
        String head = words.get(words.size() - 1);
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && HEAD_END.contains(words.get(i))) {
                head = words.get(i - 1);
                break;
            }
        }
        return head;
    }

    /** The mentions inside an uncovered phrase and why each was not coded. */
    private static String mentions(Document doc, int start, int end) {
        StringBuilder sb = new StringBuilder();
        List<Mention> mentions = doc.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().start() < end && start < m.span().end()) {
                String why = "";
                for (MentionDecision d : doc.decisions()) {
                    if (d.mentionIndex() == i) {
                        why = d.reason().name();
                    }
                }
                String code = m.terms().isEmpty() ? "-" : m.terms().get(0).code();
                sb.append(sb.isEmpty() ? "" : " | ").append(m.text()).append(' ').append(code)
                        .append(why.isEmpty() ? "" : " " + why);
            }
        }
        return sb.toString();
    }

    private static void report(List<NoteCoverage> results, int top, Path detail) throws IOException {
        int phrases = 0;
        int uncovered = 0;
        int firstCovered = 0;
        int firstFrom = 0;
        int withStatement = 0;
        Map<String, Integer> byHead = new TreeMap<>();
        for (NoteCoverage n : results) {
            withStatement += n.phrases().isEmpty() ? 0 : 1;
            firstCovered += n.firstPhraseCovered() ? 1 : 0;
            firstFrom += n.firstSuggestionFromFirstPhrase() ? 1 : 0;
            for (Phrase p : n.phrases()) {
                phrases++;
                if (!p.covered()) {
                    uncovered++;
                    byHead.merge(p.head(), 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "notes %d, with a diagnostic statement %d%n", results.size(), withStatement);
        System.out.printf(Locale.ROOT, "statement phrases %d, uncovered %d (%.1f%%)%n", phrases, uncovered,
                phrases == 0 ? 0.0 : 100.0 * uncovered / phrases);
        System.out.printf(Locale.ROOT, "first phrase coded in %d notes; first suggestion from it in %d%n",
                firstCovered, firstFrom);
        System.out.println("uncovered phrases by head word:");
        byHead.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "%5d  %s%n", e.getValue(), e.getKey()));
        if (detail != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(detail, StandardCharsets.UTF_8))) {
                for (NoteCoverage n : results) {
                    for (Phrase p : n.phrases()) {
                        out.println(String.join("\t", p.noteId(), p.covered() ? "1" : "0", p.head(),
                                p.header().replaceAll("\\s+", " "), p.text(), p.mentions()));
                    }
                    out.println(String.join("\t", n.noteId(), "FIRST", n.firstPhraseCovered() ? "1" : "0",
                            n.firstSuggestionFromFirstPhrase() ? "1" : "0"));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
