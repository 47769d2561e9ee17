package org.opencac.evaluation.metrics;

/**
 * Evidence agreement on true-positive codes that have gold spans; see {@link SpanOverlap}.
 *
 * @param codes         true-positive codes with gold spans (over all notes)
 * @param goldSpans     their gold spans
 * @param goldSpansHit  gold spans overlapped by at least one predicted span of the same code
 * @param hitRate       goldSpansHit / goldSpans
 * @param charPrecision gold-and-predicted characters / predicted characters
 * @param charRecall    gold-and-predicted characters / gold characters
 * @param charF1        harmonic mean of the two
 */
public record SpanScores(int codes, int goldSpans, int goldSpansHit, double hitRate,
                         double charPrecision, double charRecall, double charF1) {
}
