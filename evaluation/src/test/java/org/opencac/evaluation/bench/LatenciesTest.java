package org.opencac.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentileIsTheNearestRankValue() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertEquals(50, Latencies.percentile(hundred, 50));
        assertEquals(95, Latencies.percentile(hundred, 95));
        assertEquals(99, Latencies.percentile(hundred, 99));
        assertEquals(100, Latencies.percentile(hundred, 100));
        assertEquals(1, Latencies.percentile(hundred, 0.5));
    }

    @Test
    void fewValuesRoundTheRankUp() {
        long[] four = {10, 20, 30, 40};
        assertEquals(20, Latencies.percentile(four, 50));
        assertEquals(40, Latencies.percentile(four, 95));
        assertEquals(40, Latencies.percentile(four, 99));
    }

    @Test
    void summaryIsInMillisecondsAndSortsACopy() {
        long[] nanos = {3_000_000, 1_000_000, 2_000_000};
        Latencies l = Latencies.ofNanos(nanos);
        assertEquals(3, l.count());
        assertEquals(2.0, l.mean(), 1e-9);
        assertEquals(2.0, l.p50(), 1e-9);
        assertEquals(3.0, l.p99(), 1e-9);
        assertEquals(3.0, l.max(), 1e-9);
        assertEquals(3_000_000, nanos[0]);
    }

    @Test
    void percentileOutsideZeroToHundredIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Latencies.percentile(new long[] {1}, 101));
    }
}
