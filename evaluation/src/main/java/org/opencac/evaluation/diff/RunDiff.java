package org.opencac.evaluation.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.NoteResult;
import org.opencac.evaluation.metrics.CodeRow;
import org.opencac.evaluation.metrics.SetScores;
import org.opencac.evaluation.metrics.SystemMetrics;
import org.opencac.evaluation.report.JsonReportWriter;

/**
 * Compares run A with run B (deltas are B - A).
 *
 * <pre>{@code
 * RunComparison diff = new RunDiff(20).compare(Path.of("before.json"), Path.of("after.json"));
 * System.out.println(DiffText.render(diff));
 * }</pre>
 */
public final class RunDiff {
    public static final int DEFAULT_NOTES = 20;
    private final int maxNotes;

    /** @param maxNotes how many changed notes to list */
    public RunDiff(int maxNotes) {
        this.maxNotes = maxNotes;
    }

    public RunComparison compare(Path a, Path b) {
        JsonReportWriter reader = new JsonReportWriter();
        return compare(reader.read(a), reader.read(b));
    }

    public RunComparison compare(EvaluationReport a, EvaluationReport b) {
        List<MetricDelta> headline = new ArrayList<>();
        List<CodeChange> codes = new ArrayList<>();
        for (SystemMetrics sb : b.systems()) {
            a.system(sb.system()).ifPresent(sa -> {
                headline.addAll(headline(sa, sb));
                codes.addAll(codes(sa, sb));
            });
        }
        codes.sort(Comparator.comparingDouble(CodeChange::delta).reversed().thenComparing(CodeChange::code));
        Map<String, NoteResult> notesA = byId(a.notes());
        Map<String, NoteResult> notesB = byId(b.notes());
        List<NoteChange> notes = notesB.values().stream().filter(n -> notesA.containsKey(n.id()))
                .map(n -> noteChange(notesA.get(n.id()), n)).filter(c -> c.delta() != 0)
                .sorted(Comparator.comparingDouble((NoteChange c) -> -Math.abs(c.delta())).thenComparing(NoteChange::id))
                .limit(maxNotes).toList();
        return new RunComparison(label(a), label(b), headline, codes,
                codes.stream().filter(CodeChange::newlyCorrect).map(CodeChange::code).toList(),
                codes.stream().filter(CodeChange::newlyWrong).map(CodeChange::code).toList(),
                notes, missing(notesA, notesB), missing(notesB, notesA));
    }

    private static List<MetricDelta> headline(SystemMetrics a, SystemMetrics b) {
        String s = b.system();
        List<MetricDelta> rows = new ArrayList<>();
        for (String level : List.of("exact", "category")) {
            SetScores x = level.equals("exact") ? a.exact() : a.category();
            SetScores y = level.equals("exact") ? b.exact() : b.category();
            rows.add(MetricDelta.of(s, "micro precision (" + level + ")", x.microPrecision(), y.microPrecision()));
            rows.add(MetricDelta.of(s, "micro recall (" + level + ")", x.microRecall(), y.microRecall()));
            rows.add(MetricDelta.of(s, "micro F1 (" + level + ")", x.microF1(), y.microF1()));
            rows.add(MetricDelta.of(s, "macro F1 (" + level + ")", x.macroF1(), y.macroF1()));
        }
        rows.add(MetricDelta.of(s, "P@1", a.ranking().precisionAt1(), b.ranking().precisionAt1()));
        rows.add(MetricDelta.of(s, "R@5", a.ranking().recallAt5(), b.ranking().recallAt5()));
        rows.add(MetricDelta.of(s, "R@10", a.ranking().recallAt10(), b.ranking().recallAt10()));
        rows.add(MetricDelta.of(s, "MAP", a.ranking().meanAveragePrecision(), b.ranking().meanAveragePrecision()));
        return rows;
    }

    private static List<CodeChange> codes(SystemMetrics a, SystemMetrics b) {
        Map<String, CodeRow> rowsA = a.perCode().stream().collect(Collectors.toMap(CodeRow::code, Function.identity()));
        Map<String, CodeRow> rowsB = b.perCode().stream().collect(Collectors.toMap(CodeRow::code, Function.identity()));
        Set<String> all = new TreeSet<>(rowsA.keySet());
        all.addAll(rowsB.keySet());
        CodeRow none = new CodeRow("", 0, 0, 0, 0, 0, 0, 0, 0);
        List<CodeChange> changes = new ArrayList<>();
        for (String code : all) {
            CodeRow x = rowsA.getOrDefault(code, none);
            CodeRow y = rowsB.getOrDefault(code, none);
            if (x.f1() != y.f1() || x.tp() != y.tp()) {
                changes.add(new CodeChange(b.system(), code, x.support(), y.support(), x.tp(), y.tp(),
                        x.f1(), y.f1(), y.f1() - x.f1()));
            }
        }
        return changes;
    }

    private static NoteChange noteChange(NoteResult a, NoteResult b) {
        return new NoteChange(b.id(), a.f1(), b.f1(), b.f1() - a.f1(), minus(b.tp(), a.tp()), minus(a.tp(), b.tp()),
                minus(b.fp(), a.fp()), minus(a.fp(), b.fp()));
    }

    private static List<String> minus(List<String> x, List<String> y) {
        return x.stream().filter(c -> !y.contains(c)).toList();
    }

    private static Map<String, NoteResult> byId(List<NoteResult> notes) {
        return notes.stream().collect(Collectors.toMap(NoteResult::id, Function.identity(), (x, y) -> x,
                java.util.LinkedHashMap::new));
    }

    private static List<String> missing(Map<String, NoteResult> from, Map<String, NoteResult> in) {
        return from.keySet().stream().filter(id -> !in.containsKey(id)).toList();
    }

    private static String label(EvaluationReport report) {
        return report.run().goldFile() + " @ " + report.run().timestamp();
    }
}
