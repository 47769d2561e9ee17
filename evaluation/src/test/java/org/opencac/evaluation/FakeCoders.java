package org.opencac.evaluation;

import java.util.List;
import java.util.Map;
import org.opencac.evaluation.gold.GoldCode;
import org.opencac.evaluation.gold.GoldNote;
import org.opencac.evaluation.gold.GoldSet;

/** Small gold sets and fake coders shared by the evaluation tests. */
public final class FakeCoders {

    private FakeCoders() {
    }

    /** A coder that answers from a table of note id to codes (best first, scores 0.9, 0.8, ...), throwing for "boom". */
    public static NoteCoder table(Map<String, List<String>> codes) {
        return (id, text, setting) -> {
            if (id.equals("boom")) {
                throw new IllegalStateException("coder exploded");
            }
            List<String> ranked = codes.getOrDefault(id, List.of());
            List<PredictedCode> predicted = new java.util.ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                predicted.add(new PredictedCode(Codes.ICD10CM, ranked.get(i), 0.9 - 0.1 * i, List.of(new Span(0, 3))));
            }
            return new Prediction(Codes.ICD10CM, "2025", predicted);
        };
    }

    /** Three notes: n1 {E11.9, I10}, n2 {J45.909}, boom {I10}. */
    public static GoldSet gold() {
        return new GoldSet("gold.jsonl", List.of(
                note("n1", "E11.9", "I10"), note("n2", "J45.909"), note("boom", "I10")));
    }

    public static GoldNote note(String id, String... codes) {
        return new GoldNote(id, "Note text with diabetes and hypertension.", "outpatient",
                java.util.Arrays.stream(codes).map(c -> new GoldCode(Codes.ICD10CM, c, List.of(new Span(0, 4)))).toList());
    }

    /** A report of the table coder over {@link #gold()}, with a small bootstrap. */
    public static EvaluationReport report(Map<String, List<String>> codes) {
        return new CodingEvaluator(table(codes), 2, ProgressListener.NONE, new ReportBuilder(100, 1)).evaluate(gold());
    }
}
