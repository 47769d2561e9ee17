package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.SuggestionBuilder;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.text.LowerWords;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Provider queries (Guideline I.A.9 and the query practice it implies): a candidate left at an
 * unspecified code whose Tabular siblings differ by a detail (type, acuity, stage, laterality,
 * trimester, encounter) yields a {@link DocumentationQuery} with the prompt and 2-5 specific options.
 * The candidate itself is kept: the unspecified code is correct until the provider answers. No query
 * where a guideline supplies the default. Rules: {@code documentation_queries.json}; first match wins.
 */
public final class DocumentationQueryCheck implements Stage {
    public static final String FILE = "documentation_queries.json";
    private static final int MAX_OPTIONS = 5;
    private static final int MAX_SIBLINGS = 400;
    private static final double MIN_RESEMBLANCE = 0.5;

    private final CodeSet codeSet;
    private final List<QueryRule> rules;
    /**
     * Query options depend only on the code and the rule, so they are worked out once per pair: by the rule's
     * place in {@link #rules}, the options of each code (no key joined for each candidate a rule applies to).
     */
    private final List<Map<String, List<String>>> optionsByRule;

    public DocumentationQueryCheck(CodeSet codeSet, List<QueryRule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
        this.optionsByRule = this.rules.stream()
                .<Map<String, List<String>>>map(r -> new java.util.concurrent.ConcurrentHashMap<>()).toList();
    }

    public static DocumentationQueryCheck standard(CodeSet codeSet) {
        return new DocumentationQueryCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    public static List<QueryRule> read(byte[] bytes, String file) {
        return RuleFiles.jsonRules(bytes, file, QueryRule::fromJson);
    }

    @Override
    public Document process(Document doc) {
        List<DocumentationQuery> queries = new ArrayList<>(doc.queries());
        Map<QueryRule, Boolean> skipNote = new IdentityHashMap<>(); // each rule reads the whole note at most once
        for (CodeCandidate c : doc.candidates()) {
            Code code = codeSet.get(c.code()).orElse(null);
            if (code == null || c.mentions().isEmpty()) {
                continue;
            }
            String sentences = null;   // made when a rule first reads them: most candidates meet no rule
            for (int ri = 0; ri < rules.size(); ri++) {
                QueryRule r = rules.get(ri);
                if (!r.appliesTo(code.code(), code.title(), doc.note().setting())) {
                    continue;
                }
                if (r.sentenceLacks() != null && sentences == null) {
                    sentences = Candidates.sentences(doc, c);
                }
                // The mention's sentences before the whole note: both tests are pure, so their order does not
                // change the answer, and the sentences are short while the note's test reads all of it.
                if (matches(r.sentenceLacks(), sentences)
                        || skipNote.computeIfAbsent(r, k -> matches(k.skipIfNote(), doc.text()))) {
                    continue;
                }
                List<String> options = r.kind() == QueryRule.Kind.SEVENTH_CHARACTER ? encounters(code, r)
                        : optionsByRule.get(ri).computeIfAbsent(code.code(), k -> List.copyOf(siblings(code, r)));
                if (options.size() >= 2) {
                    List<EvidenceSpan> evidence = c.mentions().stream().map(m -> SuggestionBuilder.evidence(doc, m)).toList();
                    queries.add(new DocumentationQuery(code.code(), r.missing(), r.prompt(), options, evidence));
                    break;
                }
            }
        }
        return doc.withQueries(queries);
    }

    private static boolean matches(Pattern p, String text) {
        return p != null && p.matcher(text).find();
    }

    private List<String> encounters(Code code, QueryRule r) {
        List<String> out = new ArrayList<>();
        String stem = code.code().substring(0, code.code().length() - 1);
        for (String ch : r.options()) {
            codeSet.get(stem + ch).filter(Code::billable).ifPresent(c -> out.add(c.code()));
        }
        return out;
    }

    /**
     * Per option phrase, the billable relative carrying it whose title otherwise resembles the code's most. A
     * relative's title words and resemblance are worked out only for the relatives that may carry an option: those
     * whose title holds each word of it (a title that lacks one cannot carry the phrase), so the many relatives of a
     * large category that carry none cost a scan of their title, not its words.
     */
    private List<String> siblings(Code code, QueryRule r) {
        Set<String> drop = dropped(r.options());
        Set<String> codeWords = TitleWords.of(code.title(), drop);
        List<List<String>> optionWords = r.options().stream()
                .map(o -> LowerWords.runs(o.toLowerCase(Locale.ROOT))).toList();
        for (Code ancestor : codeSet.ancestors(code.code())) {
            List<Code> kids = codeSet.billableDescendants(ancestor.code());
            if (kids.size() > MAX_SIBLINGS) {
                break;
            }
            List<String> out = new ArrayList<>();
            double[] sims = new double[kids.size()]; // the same for every option, so worked out once, when first read
            java.util.Arrays.fill(sims, Double.NaN);
            String[] padded = new String[kids.size()]; // each title's words, spaced, made when first needed
            for (int o = 0; o < r.options().size(); o++) {
                Code best = null;
                double bestSim = MIN_RESEMBLANCE;
                String phrase = " " + r.options().get(o).toLowerCase(Locale.ROOT) + " ";
                for (int i = 0; i < kids.size(); i++) {
                    Code k = kids.get(i);
                    // the cheap tests first; all are pure, so the order does not change the answer
                    if (k.code().equals(code.code()) || out.contains(k.code()) || !sameSeventh(code, k)
                            || !holdsEach(k.title(), optionWords.get(o))
                            || !(padded[i] == null ? padded[i] = padded(k.title()) : padded[i]).contains(phrase)) {
                        continue;
                    }
                    if (Double.isNaN(sims[i])) {
                        sims[i] = resemblance(codeWords, TitleWords.titleWords(k.title()), drop);
                    }
                    double sim = sims[i];
                    if (sim >= bestSim && (best == null || sim > bestSim)) {
                        best = k;
                        bestSim = sim;
                    }
                }
                if (best != null && out.size() < MAX_OPTIONS) {
                    out.add(best.code());
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * True if the title holds each of the words (runs of a-z and 0-9), case aside, anywhere: true whenever the
     * title's words, spaced ({@link #padded}), hold a phrase made of them, as each of the phrase's words then lies
     * within one word of the title.
     */
    static boolean holdsEach(String title, List<String> words) {
        for (String w : words) {
            if (!holdsIgnoringCase(title, w)) {
                return false;
            }
        }
        return true;
    }

    /** True if the text holds {@code lower} (lower-case letters and digits) at some place, case aside. */
    private static boolean holdsIgnoringCase(String text, String lower) {
        char first = lower.charAt(0);
        for (int i = 0, last = text.length() - lower.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || Character.toLowerCase(c) == first)
                    && text.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSeventh(Code a, Code b) {
        return a.hasSeventh() == b.hasSeventh()
                && (!a.hasSeventh() || a.seventh() == b.seventh());
    }

    static boolean containsPhrase(String title, String phrase) {
        return padded(title).contains(" " + phrase.toLowerCase(Locale.ROOT) + " ");
    }

    /** A title's words joined by spaces, with a space before and after. */
    private static String padded(String title) {
        return " " + String.join(" ", TitleWords.titleWords(title)) + " ";
    }

    /** The words left out of the resemblance: the option words and "unspecified". */
    private static Set<String> dropped(List<String> options) {
        Set<String> drop = new HashSet<>(Set.of("unspecified"));
        options.forEach(o -> drop.addAll(TitleWords.words(o)));
        return drop;
    }

    /**
     * Jaccard resemblance of two titles' words, each without the dropped words: {@code a} has none, the
     * dropped words of {@code b} are left out as it is read (no set is built).
     */
    static double resemblance(Set<String> a, Set<String> b, Set<String> dropped) {
        int shared = 0;
        int onlyB = 0;
        for (String w : b) {
            if (dropped.contains(w)) {
                continue;
            }
            if (a.contains(w)) {
                shared++;
            } else {
                onlyB++;
            }
        }
        int union = a.size() + onlyB;
        return union == 0 ? 0 : (double) shared / union;
    }
}
