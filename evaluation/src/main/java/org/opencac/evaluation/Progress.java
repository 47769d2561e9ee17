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

    /** Builds a snapshot, estimating the time left linearly from the notes done so far. */
    public static Progress of(int done, int total, Duration elapsed) {
        Duration eta = done == 0 ? Duration.ZERO : elapsed.multipliedBy(total - done).dividedBy(done);
        return new Progress(done, total, elapsed, eta);
    }

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
