package org.opencac.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

    @Test
    void peaksAreTheLargestBeforeAndAfterOfAllPauses() {
        GcLog gc = GcLog.parse(List.of(
                "[0.005s][info][gc] Using G1",
                "[0.812s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(256M) 3.105ms",
                "[2.101s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 150M->90M(512M) 9.870ms",
                "[3.500s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 300M->120M(512M) 40.1ms",
                "[3.600s][info][gc] GC(3) Concurrent Mark Cycle 12.3ms"));
        assertEquals(3, gc.pauses());
        assertEquals(300L << 20, gc.maxBeforeGcBytes());
        assertEquals(120L << 20, gc.maxAfterGcBytes());
        assertEquals(512L << 20, gc.maxCapacityBytes());
        assertEquals(3.105 + 9.870 + 40.1, gc.pauseMillis(), 1e-9);
    }

    @Test
    void kilobyteAndGigabyteSizesAreConverted() {
        GcLog gc = GcLog.parse(List.of("GC(0) Pause Young (Normal) 2048K->512K(1G) 1.0ms"));
        assertEquals(2048L << 10, gc.maxBeforeGcBytes());
        assertEquals(1L << 30, gc.maxCapacityBytes());
    }
}
