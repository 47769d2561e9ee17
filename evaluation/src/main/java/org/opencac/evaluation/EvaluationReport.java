package org.opencac.evaluation;

import java.util.List;
import java.util.Optional;
import org.opencac.evaluation.metrics.SystemMetrics;
import org.opencac.evaluation.metrics.TopListScores;

/**
 * The machine-readable result of an evaluation run; Jackson writes and reads it as JSON.
 *
 * @param run     provenance
 * @param systems metrics per code system, ICD-10-CM first
 * @param notes   per-note results in gold order, failed notes included
 * @param topList ICD-10-CM top-10 precision/recall and first-listed accuracy, all notes first, then per
 *                gold part (empty in reports written before these figures existed)
 */
public record EvaluationReport(RunMetadata run, List<SystemMetrics> systems, List<NoteResult> notes,
                               List<TopListScores> topList) {
    public EvaluationReport {
        systems = List.copyOf(systems);
        notes = List.copyOf(notes);
        topList = topList == null ? List.of() : List.copyOf(topList);
    }

    public EvaluationReport(RunMetadata run, List<SystemMetrics> systems, List<NoteResult> notes) {
        this(run, systems, notes, List.of());
    }

    /** The metrics of one system, if it appeared in gold or predictions. */
    public Optional<SystemMetrics> system(String name) {
        return systems.stream().filter(s -> s.system().equals(name)).findFirst();
    }

    /** The notes whose coding threw. */
    public List<NoteResult> failures() {
        return notes.stream().filter(NoteResult::failed).toList();
    }
}
