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
        assertEquals(1, gc.markCycles());
        assertEquals(12.3, gc.markMillis(), 1e-9);
    }

    @Test
    void remarkAndCleanupPausesDoNotCountAsALiveSet() {
        GcLog gc = GcLog.parse(List.of(
                "[1.0s][info][gc] GC(4) Pause Young (Concurrent Start) (G1 Evacuation Pause) 450M->230M(512M) 3.0ms",
                "[1.1s][info][gc] GC(5) Concurrent Mark Cycle",
                "[1.4s][info][gc] GC(5) Pause Remark 400M->400M(512M) 7.0ms",
                "[1.5s][info][gc] GC(5) Pause Cleanup 440M->440M(512M) 0.1ms",
                "[1.5s][info][gc] GC(5) Concurrent Mark Cycle 480.5ms"));
        assertEquals(3, gc.pauses());
        assertEquals(450L << 20, gc.maxBeforeGcBytes());
        assertEquals(230L << 20, gc.maxAfterGcBytes());
        assertEquals(1, gc.markCycles());
        assertEquals(480.5, gc.markMillis(), 1e-9);
    }

    @Test
    void kilobyteAndGigabyteSizesAreConverted() {
        GcLog gc = GcLog.parse(List.of("GC(0) Pause Young (Normal) 2048K->512K(1G) 1.0ms"));
        assertEquals(2048L << 10, gc.maxBeforeGcBytes());
        assertEquals(1L << 30, gc.maxCapacityBytes());
    }
}
