package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;

/**
 * Integral signs and symptoms (Guidelines I.B.4-5, I.C.18.b): a symptom routinely associated with a
 * diagnosis among the candidates is removed, and the diagnosis's rationale names it and the rule.
 * Symptoms no rule ties to a present diagnosis stay coded. Rules: {@code integral_symptoms.tsv}.
 */
public final class IntegralSymptomCheck implements Stage {
    public static final String FILE = "integral_symptoms.tsv";

    private final List<IntegralSymptomRule> rules;
    /** Rule per (diagnosis, symptom) code pair: depends only on the rules, so looked up once per pair. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<IntegralSymptomRule>> pairs =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    public IntegralSymptomCheck(List<IntegralSymptomRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IntegralSymptomCheck standard() {
        return new IntegralSymptomCheck(IntegralSymptomRule.read(RuleFiles.bundled(FILE), FILE));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        Map<Integer, List<String>> notes = new LinkedHashMap<>();
        List<CodeCandidate> removed = new ArrayList<>();
        List<org.opencac.engine.outcome.MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate symptom : list) {
            for (int d = 0; d < list.size() && !removed.contains(symptom); d++) {
                CodeCandidate dx = list.get(d);
                if (dx == symptom) {
                    continue;
                }
                IntegralSymptomRule rule = ruleFor(dx.code(), symptom.code());
                if (rule != null && !removed.contains(dx)) {
                    removed.add(symptom);
                    decisions.addAll(Candidates.dropped(symptom, org.opencac.engine.outcome.NotCodedReason.INTEGRAL,
                            symptom.code() + " integral to " + dx.code(), dx.code()));
                    notes.computeIfAbsent(d, k -> new ArrayList<>()).add("Integral symptom " + symptom.code() + " ("
                            + symptom.title() + ") not coded separately: routinely associated with " + dx.code()
                            + " (Guidelines I.B.4-5, " + rule.guideline() + "; rule " + rule.id() + ": " + rule.what()
                            + ")");
                }
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CodeCandidate c = list.get(i);
            if (removed.contains(c)) {
                continue;
            }
            for (String line : notes.getOrDefault(i, List.of())) {
                c = Candidates.withRationale(c, line);
            }
            out.add(c);
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    private IntegralSymptomRule ruleFor(String diagnosis, String symptom) {
        String key = diagnosis + "|" + symptom;
        java.util.Optional<IntegralSymptomRule> cached = pairs.get(key);
        if (cached == null) {
            cached = java.util.Optional.ofNullable(findRule(diagnosis, symptom));
            if (pairs.size() < MAX_CACHED) {
                pairs.put(key, cached);
            }
        }
        return cached.orElse(null);
    }

    private IntegralSymptomRule findRule(String diagnosis, String symptom) {
        for (IntegralSymptomRule r : rules) {
            if (CodePattern.anyCovers(r.diagnoses(), diagnosis) && CodePattern.anyCovers(r.symptoms(), symptom)
                    && !CodePattern.anyCovers(r.diagnoses(), symptom)) {
                return r;
            }
        }
        return null;
    }
}
