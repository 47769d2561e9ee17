package org.opencac.evaluation.bench;

import java.util.Arrays;

/**
 * A summary of request latencies, in milliseconds. Percentiles use the nearest-rank method: the p-th
 * percentile of n sorted values is the value at rank ceil(p / 100 * n), so it is always an observed value.
 *
 * @param count number of latencies
 * @param mean  mean
 * @param p50   median
 * @param p95   95th percentile
 * @param p99   99th percentile
 * @param max   largest
 */
public record Latencies(int count, double mean, double p50, double p95, double p99, double max) {

    /** Summarizes latencies given in nanoseconds; the array is not changed. */
    public static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new Latencies(sorted.length, ms(sum / sorted.length), ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    /** The nearest-rank {@code p}-th percentile (0 < p <= 100) of ascending, non-empty values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0 || p <= 0 || p > 100) {
            throw new IllegalArgumentException("need values and 0 < p <= 100, got p=" + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double ms(double nanos) {
        return nanos / 1_000_000.0;
    }
}
