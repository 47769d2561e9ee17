package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.Code;
import org.opencac.models.lexicon.Term;
import org.opencac.models.lexicon.TermSource;

/**
 * Turns asserted mentions into billable code candidates: picks each mention's best lexicon term,
 * verifies it in the Tabular (via {@link CodeResolver}), applies what the assertion means for coding,
 * and merges mentions of the same code. Scores follow {@link EvidenceScore}.
 */
public final class CandidateRanker implements Stage {
    private static final int LATERALITY_WINDOW = 6;
    private static final java.util.Set<String> LATERALITY = java.util.Set.of("left", "right", "bilateral");

    private final CodeResolver resolver;
    private final HistoryCodeMap history;
    private final org.opencac.models.codeset.CodeSet codeSet;
    private final CodeSectionRules sectionRules;
    private final List<String> chronic = CodeSectionRules.readPrefixes("/org/opencac/engine/coding/chronic_conditions.tsv");

    public CandidateRanker(org.opencac.models.codeset.CodeSet codeSet, CodeResolver resolver, HistoryCodeMap history,
                           CodeSectionRules sectionRules) {
        this.codeSet = codeSet;
        this.resolver = resolver;
        this.history = history;
        this.sectionRules = sectionRules;
    }

    @Override
    public Document process(Document doc) {
        Map<String, Builder> byCode = new LinkedHashMap<>();
        Clauses.Bounds bounds = Clauses.bounds(doc.tokens(), doc.sentences());
        // Mentions of one clause share its context: each (code, context) is resolved once per note, so a
        // long clause of many mentions costs its length once, not once per mention.
        Map<String, String> contexts = new HashMap<>();
        Map<String, CodeResolver.Resolution> resolutions = new HashMap<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (int m = 0; m < doc.mentions().size(); m++) {
            Mention mention = doc.mentions().get(m);
            Assertion assertion = doc.assertionOf(m);
            Term term = bestTerm(mention.terms());
            String lookup = term.source() == TermSource.ALPHABETIC_INDEX
                    || term.source() == TermSource.ALPHABETIC_INDEX_REFINEMENT
                    ? "Index: " + term.text() + " \u2192 " + term.code() + " (\"" + mention.text() + "\")"
                    : "Index: \"" + mention.text() + "\" -> " + term.code() + " (" + describe(term.source()) + ")";
            String contextKey = contextKey(doc, bounds, mention);
            String context = contexts.computeIfAbsent(contextKey, k -> clauseContext(doc, bounds, mention));
            CodeResolver.Resolution r = resolutions.computeIfAbsent(term.code() + '\u0000' + contextKey,
                    k -> resolve(term.code(), context));
            Code code = r.code();
            if (code == null) {
                decisions.add(new MentionDecision(m, NotCodedReason.NO_BILLABLE_CODE, term.code()));
                continue;
            }
            List<String> why = new ArrayList<>();
            why.add(lookup);
            why.addAll(r.steps());
            String section = doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).category();
            if (!sectionRules.allows(code.code(), section)) {
                decisions.add(new MentionDecision(m, NotCodedReason.SECTION_RULE, code.code() + " not from " + section));
                continue;
            }
            Code coded = applyAssertion(doc, m, assertion, code, why, decisions);
            if (coded == null) {
                continue;
            }
            double score = EvidenceScore.of(term.source(), section, mention.endToken() - mention.firstToken(), assertion);
            byCode.computeIfAbsent(coded.code(), k -> new Builder(coded)).add(m, score, why);
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (Builder b : byCode.values()) {
            out.add(b.build());
        }
        out.sort(Comparator.comparingDouble(CodeCandidate::score).reversed());
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /** The cue rules that fired for a mention, for a decision's detail. */
    private static String cues(Assertion a) {
        return String.join(", ", a.cues());
    }

    /** What the assertion means for coding; returns the code to report, or null for none. */
    private Code applyAssertion(Document doc, int m, Assertion a, Code code, List<String> why,
                                List<MentionDecision> decisions) {
        if (a.negated()) {
            decisions.add(new MentionDecision(m, NotCodedReason.NEGATED, cues(a)));
            return null;
        }
        if (a.hypothetical()) {
            decisions.add(new MentionDecision(m, NotCodedReason.HYPOTHETICAL, cues(a)));
            return null;
        }
        if (isHistoryCode(code) && a.experiencer() == Experiencer.FAMILY && code.category().compareTo("Z85") >= 0) {
            // A personal-history term said of a relative ("mother h/o breast cancer"): the relative's history.
            String z = history.familyCodeForPersonalHistory(code.code()).orElse(null);
            if (z == null) {
                decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_NO_CODE, code.code()));
                return null;
            }
            why.add("A relative's history (" + code.code() + ") -> family history code " + z
                    + " (Guidelines I.C.21.c.4)");
            decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_HISTORY, z + " instead of " + code.code()));
            return codeSet.get(z).orElse(null);
        }
        if (isHistoryCode(code)) {
            // The term itself names the history ("family history of colon cancer" -> Z80.0).
            why.add((code.category().compareTo("Z85") < 0 ? "Family" : "Past condition, personal")
                    + " history code named by the documentation (Guidelines I.C.21.c.4)");
            return code;
        }
        if (a.experiencer() == Experiencer.FAMILY) {
            String z = history.familyHistoryCode(code.code()).orElse(null);
            if (z == null) {
                decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_NO_CODE, code.code()));
                return null;
            }
            why.add("Family member's condition (" + code.code() + ") -> family history code " + z
                    + " (Guidelines I.C.21.c.4)");
            decisions.add(new MentionDecision(m, NotCodedReason.FAMILY_HISTORY, z + " instead of " + code.code()));
            return codeSet.get(z).orElse(null);
        }
        if (a.uncertain()) {
            if (doc.note().setting() == CareSetting.OUTPATIENT) {
                decisions.add(new MentionDecision(m, NotCodedReason.UNCERTAIN, cues(a)));
                return null;
            }
            why.add("Uncertain diagnosis coded as if established: inpatient setting (Guidelines II.H, III.C)");
        }
        if (a.historical()) {
            if (EvidenceScore.sectionOnlyHistory(a)) {
                // A past-history list: chronic conditions there are coded only when the visit addresses them
                // (documented again elsewhere in the note), which gives them their own mention.
                decisions.add(new MentionDecision(m, NotCodedReason.HISTORY_LIST_ONLY, code.code()));
                return null;
            }
            if (chronic.stream().anyMatch(code.code()::startsWith)) {
                why.add("Chronic condition: \"history of\" describes a condition the patient still has; coded as"
                        + " current, not as personal history (Guidelines I.C.21.c.4)");
                return code;
            }
            String z = history.personalHistoryCode(code.code()).orElse(null);
            if (z == null) {
                decisions.add(new MentionDecision(m, NotCodedReason.HISTORY_NO_CODE, code.code() + "; " + cues(a)));
                return null;
            }
            why.add("Past condition (" + code.code() + ") no longer present -> personal history code " + z
                    + " (Guidelines I.C.21.c.4)");
            decisions.add(new MentionDecision(m, NotCodedReason.PERSONAL_HISTORY, z + " instead of " + code.code()));
            return codeSet.get(z).orElse(null);
        }
        return code;
    }

    /** Personal and family history codes, Z80-Z87: already what a historical or family mention codes to. */
    static boolean isHistoryCode(Code c) {
        String cat = c.category();
        return cat.compareTo("Z80") >= 0 && cat.compareTo("Z87") <= 0;
    }

    static boolean isDefault(Code c) {
        String t = c.title().toLowerCase(java.util.Locale.ROOT);
        return t.contains("unspecified") || t.endsWith("without complications");
    }

    /** The code a term points at, resolved to a billable one, made specific by an ancestor if need be. */
    private CodeResolver.Resolution resolve(String termCode, String context) {
        CodeResolver.Resolution r = resolver.resolve(termCode, context);
        Code code = r.code();
        if (code != null && isDefault(code)) {
            for (Code ancestor : codeSet.ancestors(code.code())) {
                CodeResolver.Resolution specific = resolver.resolve(ancestor.code(), context);
                if (specific.code() != null && !isDefault(specific.code())) {
                    return specific;
                }
            }
        }
        return r;
    }

    /** Identifies {@link #clauseContext}: the clause's token range and the laterality tokens added to it. */
    private static String contextKey(Document doc, Clauses.Bounds bounds, Mention mention) {
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        int[] clause = bounds.around(s, mention.firstToken(), mention.endToken());
        StringBuilder key = new StringBuilder().append(clause[0]).append('-').append(clause[1]);
        int lo = Math.max(s.firstToken(), mention.firstToken() - LATERALITY_WINDOW);
        int hi = Math.min(s.endToken(), mention.endToken() + LATERALITY_WINDOW);
        for (int i = lo; i < hi; i++) {
            if ((i < clause[0] || i >= clause[1]) && LATERALITY.contains(doc.tokens().get(i).norm())) {
                key.append(',').append(i);
            }
        }
        return key.toString();
    }

    /**
     * The words around a mention that may make its code more specific: its clause (the sentence cut at
     * commas, semicolons and colons) with the mention itself, plus laterality words within a few tokens
     * either side in the same sentence ("carpal tunnel syndrome, right").
     */
    private static String clauseContext(Document doc, Clauses.Bounds bounds, Mention mention) {
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        List<Token> tokens = doc.tokens();
        int[] clause = bounds.around(s, mention.firstToken(), mention.endToken());
        StringBuilder b = new StringBuilder(Clauses.words(tokens, clause[0], clause[1]));
        int lo = Math.max(s.firstToken(), mention.firstToken() - LATERALITY_WINDOW);
        int hi = Math.min(s.endToken(), mention.endToken() + LATERALITY_WINDOW);
        for (int i = lo; i < hi; i++) {
            if ((i < clause[0] || i >= clause[1]) && LATERALITY.contains(tokens.get(i).norm())) {
                b.append(' ').append(tokens.get(i).text());
            }
        }
        return b.toString().trim();
    }

    public static Term bestTerm(List<Term> terms) {
        return terms.stream().min(Comparator
                .comparingInt((Term t) -> t.source().ordinal() == TermSource.TITLE.ordinal() ? 1 : t.source().ordinal())
                .thenComparingInt(t -> t.code().length() > 3 ? 0 : 1)).orElseThrow();
    }

    private static String describe(TermSource s) {
        return switch (s) {
            case CURATED -> "curated clinical synonym";
            case TITLE -> "Tabular title";
            case TITLE_CORE -> "Tabular title, default code";
            case INJURY_SEARCH -> "injury type, site and laterality searched in the injury chapter";
            case MEASUREMENT -> "measured value within the range of the code's title";
            case INCLUSION -> "Tabular inclusion term";
            case NEOPLASM_TABLE -> "Table of Neoplasms";
            case DRUG_TABLE -> "Table of Drugs and Chemicals";
            case EXTERNAL_CAUSE_INDEX -> "External Cause index";
            case ALPHABETIC_INDEX, ALPHABETIC_INDEX_REFINEMENT -> "Alphabetic Index";
        };
    }

    private static final class Builder {
        private final Code code;
        private final List<Integer> mentions = new ArrayList<>();
        private final List<String> rationale = new ArrayList<>();
        private double best;

        Builder(Code code) {
            this.code = code;
        }

        void add(int mention, double score, List<String> why) {
            mentions.add(mention);
            if (rationale.isEmpty() || score > best) {
                rationale.clear();
                rationale.addAll(why);
            }
            best = Math.max(best, score);
        }

        CodeCandidate build() {
            double score = EvidenceScore.withRepetition(best, mentions.size());
            List<String> why = new ArrayList<>(rationale);
            if (mentions.size() > 1) {
                why.add("Documented " + mentions.size() + " times");
            }
            return new CodeCandidate(code.code(), code.title(), score, mentions, why);
        }
    }
}
