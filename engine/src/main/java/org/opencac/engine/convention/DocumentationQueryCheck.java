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
import org.opencac.engine.mention.Mention;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.SuggestionBuilder;
import org.opencac.engine.suggest.EvidenceSpan;
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
    /** Query options depend only on the code and the rule, so they are worked out once per pair. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<String>> optionsCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final List<QueryRule> rules;

    public DocumentationQueryCheck(CodeSet codeSet, List<QueryRule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
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
            for (QueryRule r : rules) {
                if (!r.appliesTo(code.code(), code.title(), doc.note().setting())) {
                    continue;
                }
                if (r.sentenceLacks() != null && sentences == null) {
                    sentences = sentences(doc, c);
                }
                // The mention's sentences before the whole note: both tests are pure, so their order does not
                // change the answer, and the sentences are short while the note's test reads all of it.
                if (matches(r.sentenceLacks(), sentences)
                        || skipNote.computeIfAbsent(r, k -> matches(k.skipIfNote(), doc.text()))) {
                    continue;
                }
                List<String> options = r.kind() == QueryRule.Kind.SEVENTH_CHARACTER ? encounters(code, r)
                        : optionsCache.computeIfAbsent(code.code() + "|" + r.id(), k -> List.copyOf(siblings(code, r)));
                if (options.size() >= 2) {
                    List<EvidenceSpan> evidence = c.mentions().stream().map(m -> SuggestionBuilder.evidence(doc, m)).toList();
                    queries.add(new DocumentationQuery(code.code(), r.missing(), r.prompt(), options, evidence));
                    break;
                }
            }
        }
        return doc.withQueries(queries);
    }

    /** The sentences of a candidate's mentions, each once however many of them lie in it. */
    private static String sentences(Document doc, CodeCandidate c) {
        return String.join(" | ", c.mentions().stream().map(m -> doc.mentions().get(m))
                .filter(distinctSentence()).map(m -> Candidates.sentence(doc, m)).toList());
    }

    private static java.util.function.Predicate<Mention> distinctSentence() {
        Set<Integer> seen = new HashSet<>();
        return m -> seen.add(m.sentenceIndex());
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

    /** Per option phrase, the billable relative carrying it whose title otherwise resembles the code's most. */
    private List<String> siblings(Code code, QueryRule r) {
        for (Code ancestor : codeSet.ancestors(code.code())) {
            List<Code> kids = codeSet.billableDescendants(ancestor.code());
            if (kids.size() > MAX_SIBLINGS) {
                break;
            }
            List<String> out = new ArrayList<>();
            Set<String> drop = dropped(r.options());
            Set<String> codeWords = TitleWords.of(code.title(), drop);
            double[] sims = new double[kids.size()]; // the same for every option, so worked out once
            for (int i = 0; i < kids.size(); i++) {
                sims[i] = resemblance(codeWords, TitleWords.titleWords(kids.get(i).title()), drop);
            }
            String[] padded = new String[kids.size()]; // each title's words, spaced, made when first needed
            for (String option : r.options()) {
                Code best = null;
                double bestSim = MIN_RESEMBLANCE;
                String phrase = " " + option.toLowerCase(Locale.ROOT) + " ";
                for (int i = 0; i < kids.size(); i++) {
                    Code k = kids.get(i);
                    double sim = sims[i];
                    // the cheap tests first; all are pure, so the order does not change the answer
                    if (sim >= bestSim && (best == null || sim > bestSim) && !k.code().equals(code.code())
                            && !out.contains(k.code()) && sameSeventh(code, k)
                            && (padded[i] == null ? padded[i] = padded(k.title()) : padded[i]).contains(phrase)) {
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
