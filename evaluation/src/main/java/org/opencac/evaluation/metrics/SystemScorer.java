package org.opencac.evaluation.metrics;

import java.util.List;
import java.util.function.UnaryOperator;
import org.opencac.evaluation.Codes;

/** Computes all metrics of one code system, as {@code TokenizerEvaluator} feeds one FMeasure. */
public final class SystemScorer {
    public static final int CURVE_POINTS = 20;
    private final SetMetrics sets;

    public SystemScorer(Bootstrap bootstrap) {
        this.sets = new SetMetrics(bootstrap);
    }

    /**
     * @param system the code system
     * @param notes  every evaluated note, already reduced to this system by {@link NoteCodes#of}
     */
    public SystemMetrics score(String system, List<NoteCodes> notes) {
        List<CodeRow> perCode = CodeTables.perCode(notes, Codes.ICD10CM.equals(system));
        return new SystemMetrics(system,
                sets.score(notes, UnaryOperator.identity()),
                sets.score(notes, Codes::category),
                RankingMetrics.score(notes),
                perCode,
                CodeTables.perChapter(perCode),
                PrecisionRecallCurve.of(notes, CURVE_POINTS),
                SpanOverlap.score(notes));
    }
}
