package org.opencac.evaluation.diff;

import org.opencac.evaluation.metrics.Estimate;

/**
 * One headline figure in both runs.
 *
 * @param interval false for figures without a bootstrap interval (low = high = value then)
 * @param delta    b - a
 */
public record MetricDelta(String system, String metric, Estimate a, Estimate b, boolean interval, double delta) {

    static MetricDelta of(String system, String metric, Estimate a, Estimate b) {
        return new MetricDelta(system, metric, a, b, true, b.value() - a.value());
    }

    static MetricDelta of(String system, String metric, double a, double b) {
        return new MetricDelta(system, metric, new Estimate(a, a, a), new Estimate(b, b, b), false, b - a);
    }
}
