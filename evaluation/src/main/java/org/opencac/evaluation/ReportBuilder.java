package org.opencac.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opencac.evaluation.gold.CoderGoldReader;
import org.opencac.evaluation.gold.GoldCode;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.evaluation.metrics.Bootstrap;
import org.opencac.evaluation.metrics.Counts;
import org.opencac.evaluation.metrics.NoteCodes;
import org.opencac.evaluation.metrics.RankedNote;
import org.opencac.evaluation.metrics.SystemMetrics;
import org.opencac.evaluation.metrics.SystemScorer;
import org.opencac.evaluation.metrics.TopListScorer;

/**
 * Turns coded gold notes into an {@link EvaluationReport}. Every system seen in the gold or the
 * predictions is scored; a failed note counts as predicting nothing, so failures lower recall
 * instead of vanishing.
 */
public final class ReportBuilder {
    private final int resamples;
    private final long seed;

    public ReportBuilder(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    public static ReportBuilder standard() {
        return new ReportBuilder(Bootstrap.DEFAULT_RESAMPLES, Bootstrap.DEFAULT_SEED);
    }

    /**
     * @param gold     the gold set, for its name
     * @param outcomes one outcome per gold note, in gold order
     * @param threads  the threads used, for the metadata
     * @param wallTime the coding wall time, for the metadata
     */
    public EvaluationReport build(GoldSet gold, List<NoteOutcome> outcomes, int threads, Duration wallTime) {
        SystemScorer scorer = new SystemScorer(new Bootstrap(resamples, seed));
        List<SystemMetrics> systems = new ArrayList<>();
        for (String system : systems(outcomes)) {
            systems.add(scorer.score(system, outcomes.stream()
                    .map(o -> NoteCodes.of(o.note().id(), system, o.note().codes(), predicted(o))).toList()));
        }
        List<NoteResult> notes = outcomes.stream().map(ReportBuilder::result).toList();
        String versions = outcomes.stream().map(NoteOutcome::prediction).filter(Objects::nonNull)
                .map(Prediction::codeSetVersion).filter(Objects::nonNull).distinct().sorted()
                .collect(Collectors.joining(","));
        RunMetadata run = new RunMetadata(Instant.now().toString(), versions, gold.source(), outcomes.size(),
                (int) notes.stream().filter(NoteResult::failed).count(), threads, wallTime.toMillis(),
                resamples, seed);
        List<RankedNote> ranked = outcomes.stream().map(ReportBuilder::ranked).toList();
        return new EvaluationReport(run, systems, notes, new TopListScorer(TopListScorer.DEFAULT_K).score(ranked));
    }

    private static RankedNote ranked(NoteOutcome outcome) {
        NoteCodes codes = NoteCodes.of(outcome.note().id(), Codes.ICD10CM, outcome.note().codes(), predicted(outcome));
        String first = outcome.prediction() == null || outcome.prediction().firstListed() == null ? null
                : Codes.normalize(Codes.ICD10CM, outcome.prediction().firstListed());
        return new RankedNote(outcome.note().attributes().get(CoderGoldReader.PART), List.copyOf(codes.goldSet()),
                outcome.note().attributes().get(CoderGoldReader.FIRST_LISTED), codes.ranked(), first);
    }

    private static List<String> systems(List<NoteOutcome> outcomes) {
        Set<String> systems = new TreeSet<>();
        for (NoteOutcome outcome : outcomes) {
            outcome.note().codes().forEach(c -> systems.add(c.system()));
            predicted(outcome).forEach(p -> systems.add(p.system()));
        }
        return systems.stream()
                .sorted(Comparator.comparing((String s) -> !Codes.ICD10CM.equals(s)).thenComparing(s -> s))
                .toList();
    }

    private static List<PredictedCode> predicted(NoteOutcome outcome) {
        return outcome.prediction() == null ? List.of() : outcome.prediction().codes();
    }

    private static NoteResult result(NoteOutcome outcome) {
        List<String> gold = new ArrayList<>();
        List<ScoredCode> predicted = new ArrayList<>();
        List<String> tp = new ArrayList<>();
        List<String> fp = new ArrayList<>();
        List<String> fn = new ArrayList<>();
        Set<String> systems = new TreeSet<>();
        outcome.note().codes().forEach(c -> systems.add(c.system()));
        predicted(outcome).forEach(p -> systems.add(p.system()));
        for (String system : systems) {
            NoteCodes codes = NoteCodes.of(outcome.note().id(), system, outcome.note().codes(), predicted(outcome));
            codes.gold().stream().map(GoldCode::code).forEach(gold::add);
            codes.predicted().forEach(p -> predicted.add(new ScoredCode(system, p.code(), p.score())));
            Set<String> goldSet = codes.goldSet();
            Set<String> predictedSet = codes.predictedSet();
            predictedSet.stream().filter(goldSet::contains).forEach(tp::add);
            predictedSet.stream().filter(c -> !goldSet.contains(c)).forEach(fp::add);
            goldSet.stream().filter(c -> !predictedSet.contains(c)).forEach(fn::add);
        }
        double f1 = new Counts(tp.size(), fp.size(), fn.size()).f1();
        return new NoteResult(outcome.note().id(), outcome.note().setting(), gold, predicted, tp, fp, fn, f1,
                outcome.error());
    }
}
