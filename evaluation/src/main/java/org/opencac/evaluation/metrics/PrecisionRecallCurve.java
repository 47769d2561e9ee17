package org.opencac.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencac.evaluation.PredictedCode;

/**
 * Micro precision and recall at evenly spaced score thresholds, from the lowest to the highest
 * predicted score, so a report can show what a stricter cut would give. No predictions, no points.
 */
public final class PrecisionRecallCurve {

    private PrecisionRecallCurve() {
    }

    public static List<CurvePoint> of(List<NoteCodes> notes, int points) {
        double min = notes.stream().flatMap(n -> n.predicted().stream())
                .mapToDouble(PredictedCode::score).min().orElse(Double.NaN);
        double max = notes.stream().flatMap(n -> n.predicted().stream())
                .mapToDouble(PredictedCode::score).max().orElse(Double.NaN);
        if (Double.isNaN(min)) {
            return List.of();
        }
        int steps = min == max ? 1 : points;
        List<CurvePoint> curve = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double threshold = i == steps - 1 ? max : min + (max - min) * i / (steps - 1);
            Counts total = Counts.ZERO;
            for (NoteCodes note : notes) {
                Set<String> kept = note.predicted().stream().filter(p -> p.score() >= threshold)
                        .map(PredictedCode::code).collect(Collectors.toSet());
                total = total.plus(Counts.of(note.goldSet(), kept));
            }
            curve.add(new CurvePoint(threshold, total.precision(), total.recall(), total.f1()));
        }
        return curve;
    }
}
