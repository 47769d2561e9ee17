package org.opencac.evaluation.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap for micro precision, recall and F1: draw as many notes as there are, with
 * replacement, sum their counts, compute the figures, repeat; the interval runs from the 2.5th to
 * the 97.5th percentile of the resampled figures. A fixed seed makes runs repeatable.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 20240601L;
    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be positive");
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    public static Bootstrap standard() {
        return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /**
     * Micro figures with intervals.
     *
     * @param perNote each note's counts; an empty list gives zeros
     */
    public Micro micro(List<Counts> perNote) {
        Counts total = perNote.stream().reduce(Counts.ZERO, Counts::plus);
        double[] p = new double[resamples];
        double[] r = new double[resamples];
        double[] f = new double[resamples];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < resamples; i++) {
            Counts sample = Counts.ZERO;
            for (int j = 0; j < perNote.size(); j++) {
                sample = sample.plus(perNote.get(random.nextInt(perNote.size())));
            }
            p[i] = sample.precision();
            r[i] = sample.recall();
            f[i] = sample.f1();
        }
        return new Micro(estimate(total.precision(), p), estimate(total.recall(), r), estimate(total.f1(), f));
    }

    private static Estimate estimate(double value, double[] samples) {
        Arrays.sort(samples);
        return new Estimate(value, percentile(samples, 0.025), percentile(samples, 0.975));
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Micro precision, recall and F1, each with its interval. */
    public record Micro(Estimate precision, Estimate recall, Estimate f1) {
    }
}
