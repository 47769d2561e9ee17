package org.opencac.evaluation.metrics;

/** Micro precision, recall and F1 when only predictions scoring at least {@code threshold} are kept. */
public record CurvePoint(double threshold, double precision, double recall, double f1) {
}
