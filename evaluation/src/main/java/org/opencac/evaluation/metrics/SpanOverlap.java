package org.opencac.evaluation.metrics;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Span;
import org.opencac.evaluation.gold.GoldCode;

/**
 * How well predicted evidence matches gold evidence, measured only on true-positive codes whose
 * gold code has spans (a code predicted without spans still counts, and scores 0):
 * <ul>
 *   <li><b>hit rate</b>: the fraction of those gold spans that share at least one character with
 *       a predicted span of the same code;</li>
 *   <li><b>character overlap</b>: per code, G = characters covered by its gold spans and
 *       P = characters covered by its predicted spans; summed over codes and notes,
 *       precision = |G∩P| / |P|, recall = |G∩P| / |G|, F1 their harmonic mean.</li>
 * </ul>
 */
public final class SpanOverlap {

    private SpanOverlap() {
    }

    public static SpanScores score(List<NoteCodes> notes) {
        int codes = 0;
        int goldSpans = 0;
        int hit = 0;
        long both = 0;
        long gold = 0;
        long predicted = 0;
        for (NoteCodes note : notes) {
            Map<String, PredictedCode> byCode = note.predicted().stream()
                    .collect(Collectors.toMap(PredictedCode::code, Function.identity(), (a, b) -> a));
            for (GoldCode goldCode : note.gold()) {
                PredictedCode match = byCode.get(goldCode.code());
                if (match == null || goldCode.spans().isEmpty()) {
                    continue;
                }
                codes++;
                goldSpans += goldCode.spans().size();
                hit += (int) goldCode.spans().stream()
                        .filter(g -> match.spans().stream().anyMatch(g::overlaps)).count();
                BitSet g = characters(goldCode.spans());
                BitSet p = characters(match.spans());
                gold += g.cardinality();
                predicted += p.cardinality();
                g.and(p);
                both += g.cardinality();
            }
        }
        double precision = Counts.ratio(both, predicted);
        double recall = Counts.ratio(both, gold);
        return new SpanScores(codes, goldSpans, hit, Counts.ratio(hit, goldSpans),
                precision, recall, Counts.harmonic(precision, recall));
    }

    private static BitSet characters(List<Span> spans) {
        BitSet set = new BitSet();
        spans.forEach(s -> set.set(s.start(), s.end()));
        return set;
    }
}
