package org.opencac.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theTimeLeftIsTheMeanTimePerNoteTimesTheNotesLeft() {
        assertEquals(Duration.ofSeconds(30), Progress.of(10, 40, Duration.ofSeconds(10)).eta());
        assertEquals(Duration.ZERO, Progress.of(0, 40, Duration.ofSeconds(10)).eta());
        assertEquals(Duration.ZERO, Progress.of(40, 40, Duration.ofSeconds(10)).eta());
    }

    @Test
    void theTimeLeftIsTruncatedToTheNanosecondAsDurationArithmeticIs() {
        int[][] runs = {{1, 3}, {7, 1769}, {1768, 1769}, {333, 1000}, {3, 1_000_000}};
        long[] nanos = {1, 999, 12_345_678_901L, 987_654_321_123L};
        for (int[] run : runs) {
            for (long n : nanos) {
                Duration elapsed = Duration.ofNanos(n);
                assertEquals(elapsed.multipliedBy(run[1] - run[0]).dividedBy(run[0]),
                        Progress.of(run[0], run[1], elapsed).eta(), run[0] + "/" + run[1] + " in " + n + " ns");
            }
        }
    }

    @Test
    void aRunTooLongForNanosecondsStillGetsItsEstimate() {
        Duration elapsed = Duration.ofDays(365L * 200);
        assertEquals(elapsed.multipliedBy(999).dividedBy(1), Progress.of(1, 1000, elapsed).eta());
    }
}
