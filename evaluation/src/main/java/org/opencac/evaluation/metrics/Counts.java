package org.opencac.evaluation.metrics;

import java.util.HashSet;
import java.util.Set;

/**
 * True positives, false positives and false negatives, with the ratios they give. A ratio whose
 * denominator is zero is 0: no predictions means precision 0, no gold means recall 0.
 */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    /** Compares a gold set with a predicted set. */
    public static Counts of(Set<String> gold, Set<String> predicted) {
        Set<String> hits = new HashSet<>(predicted);
        hits.retainAll(gold);
        return new Counts(hits.size(), predicted.size() - hits.size(), gold.size() - hits.size());
    }

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        return harmonic(precision(), recall());
    }

    static double ratio(double part, double whole) {
        return whole == 0 ? 0.0 : part / whole;
    }

    static double harmonic(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
