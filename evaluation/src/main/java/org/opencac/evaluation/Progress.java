package org.opencac.evaluation;

import java.time.Duration;

/**
 * A progress snapshot of a parallel run.
 *
 * @param done    notes finished, including failed ones
 * @param total   notes to do in this run
 * @param elapsed wall time since the run started
 * @param eta     estimated time left, from the mean time per finished note; zero until one is done
 */
public record Progress(int done, int total, Duration elapsed, Duration eta) {

    /**
     * Builds a snapshot, estimating the time left linearly from the notes done so far. Workers build one per
     * note, so the estimate is worked out in nanoseconds (the same truncated quotient as Duration's own
     * arithmetic, which goes through BigDecimal), falling back to Duration's only when the product would overflow.
     */
    public static Progress of(int done, int total, Duration elapsed) {
        return new Progress(done, total, elapsed, eta(done, total, elapsed));
    }

    private static Duration eta(int done, int total, Duration elapsed) {
        if (done == 0) {
            return Duration.ZERO;
        }
        int left = total - done;
        if (left >= 0 && !elapsed.isNegative() && elapsed.getSeconds() < Long.MAX_VALUE / 1_000_000_000L) {
            long nanos = elapsed.toNanos();
            if (left == 0 || nanos <= Long.MAX_VALUE / left) {
                return Duration.ofNanos(nanos * left / done);
            }
        }
        return elapsed.multipliedBy(left).dividedBy(done);
    }

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
