package org.opencac.evaluation.metrics;

/**
 * A point estimate with its 95% bootstrap confidence interval.
 *
 * @param value the figure on the whole set
 * @param low   the 2.5th percentile of the resampled figures
 * @param high  the 97.5th percentile of the resampled figures
 */
public record Estimate(double value, double low, double high) {
}
