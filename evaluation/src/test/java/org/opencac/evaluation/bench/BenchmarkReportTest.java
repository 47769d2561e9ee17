package org.opencac.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    private static BenchmarkReport.Run run() {
        List<BatchThroughput.Run> batch = List.of(
                new BatchThroughput.Run(JitSetting.DEFAULT, 1, 1000, 3_000_000, 4000, 7000, 3.5, 2.0, 1.25, "0.50 0.40 0.30"),
                new BatchThroughput.Run(JitSetting.DEFAULT, 2, 1000, 3_000_000, 2200, 5200, 4.0, 2.5, 1.0, "0.60 0.40 0.30"),
                new BatchThroughput.Run(JitSetting.C1_FROM_START, 1, 1000, 3_000_000, 3000, 6000, 2.8, 2.5, 0.2, "0.50 0.40 0.30"),
                new BatchThroughput.Run(JitSetting.TIERED, 1, 1000, 3_000_000, 2000, 5000, 2.1, 2.0, 0.1, "0.50 0.40 0.30"),
                new BatchThroughput.Run(JitSetting.TIERED, 2, 1000, 3_000_000, 1000, 4000, 2.2, 2.1, 0.1, "0.50 0.40 0.30"));
        StageProfile.Result stages = new StageProfile.Result("notes.jsonl", 1000, 3_000_000,
                List.of(new StageProfile.StageTiming("SectionDetector", 100, 0.5),
                        new StageProfile.StageTiming("MentionFinder", 100, 0.5)),
                new Hotspots(10, List.of(new Hotspots.Hotspot("a.B.c", 5, 0.5)), List.of()));
        ClosedLoop.Level level = new ClosedLoop.Level(50, 1000, 0, 10, 100, new Latencies(1000, 20, 15, 40, 60, 90));
        LoadTest.Result load = new LoadTest.Result(5120, List.of("-Xmx512m"), Duration.ofSeconds(9),
                List.of(Duration.ofMillis(2900), Duration.ofMillis(2500), Duration.ofMillis(3100)),
                List.of(Duration.ofMillis(1900), Duration.ofMillis(1700)), List.of(level),
                new GcLog(10, 400L << 20, 300L << 20, 512L << 20, 100, 2, 900), false, true, List.of("1.00 0.90 0.80"));
        return new BenchmarkReport.Run(new MachineInfo("cpu", 2, "8 GiB", "os", "jvm"),
                ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC), List.of("bench/run-benchmarks.sh NOTES.jsonl"),
                "`notes.jsonl`, 1000 notes, 3.0 MB", batch,
                List.of(new SparkRuns.Run("local[1]", 1, 1000, 9000, 5.0, 3.0, "0.7 0.5 0.3"),
                        new SparkRuns.Run("local[2]", 2, 1000, 9000, 2.5, 3.0, "0.7 0.5 0.3")), "JMH setup", List.of(), stages, load,
                List.of("0.5 0.4 0.3", "1.0 0.9 0.8"));
    }

    @Test
    void reportShowsEveryBatchRunScalingAndTheMedianColdStart() {
        String md = BenchmarkReport.markdown(run());
        assertTrue(md.contains("| default | 1 | 1000 | 4.00 | 250 | 732 | 286 | 2.00 | 1.25 | 7.00 | 143 | 0.50 0.40 0.30 |"), md);
        assertTrue(md.contains("JIT default): 1 thread(s) 250 notes/s (x1.00), 2 thread(s) 455 notes/s (x1.82)"), md);
        assertTrue(md.contains("median of 3 launches | 2.90 s"), md);
        assertTrue(md.contains("| opencac batch, distinct notes, 1 thread (median) | >= 300 notes/s | 250"), md);
        assertTrue(md.contains("1000 distinct notes of notes.jsonl"), md);
    }

    @Test
    void theOtherJitSettingIsReportedBesideTheDefaultAndJudgedAgainstTheSameTargets() {
        String md = BenchmarkReport.markdown(run());
        assertTrue(md.contains("JIT tiered): 1 thread(s) 500 notes/s (x1.00), 2 thread(s) 1000 notes/s (x2.00)"), md);
        assertTrue(md.contains("| opencac batch, distinct notes, 2 threads (median), `OPENCAC_JIT=tiered` | >= 550 "
                + "notes/s | 1000 notes/s | **met** |"), md);
        assertTrue(md.contains("| cold start (cache built), `java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=opencac.jsa -jar`, median of 2 launches | 1.90 s"), md);
        assertTrue(md.contains("| opencac batch, distinct notes, 2 threads (median) | >= 550 notes/s | 455 notes/s | "
                + "**missed"), md);        assertTrue(md.contains("JIT C1 from start): 1 thread(s) 333 notes/s (x1.00)."), md);
        assertTrue(md.contains("| opencac batch, distinct notes, 1 thread (median), `java -XX:TieredStopAtLevel=1 -jar` "
                + "| >= 300 notes/s | 333 notes/s | **met** |"), md);
    }

    @Test
    void theJitAndCodingThreadsCpuAreReadFromTheBatchOutput() {
        String log = "BatchSummary[total=3, skipped=0, coded=3, failed=0, wallTimeMillis=900]\n"
                + "batch: 3 notes in 0.90 s (3 notes/s) with 1 thread(s); CPU 1.50 s (2 notes per CPU second)\n"
                + "batch: coding threads CPU 0.60 s (5 notes per coding-thread CPU second, 200.00 ms per note)\n"
                + "batch: other threads' CPU while coding: JIT compiler 0.75 s, GC and VM 0.10 s, other 0.05 s\n";
        BatchThroughput.Run run = BatchThroughput.parse(log, JitSetting.DEFAULT, 1, 9000, 2000, "1.0 1.0 1.0");
        org.junit.jupiter.api.Assertions.assertEquals(3, run.notes());
        org.junit.jupiter.api.Assertions.assertEquals(1.50, run.cpuSeconds());
        org.junit.jupiter.api.Assertions.assertEquals(0.60, run.codingThreadCpuSeconds());
        org.junit.jupiter.api.Assertions.assertEquals(0.75, run.jitCpuSeconds());
        BatchThroughput.Run older = BatchThroughput.parse(log.lines().limit(2).collect(
                java.util.stream.Collectors.joining("\n")), JitSetting.DEFAULT, 1, 9000, 2000, "1.0 1.0 1.0");
        org.junit.jupiter.api.Assertions.assertEquals(0.0, older.jitCpuSeconds());
    }

    @Test
    void aRunOnALoadedMachineSaysSo() {
        assertTrue(BenchmarkReport.loaded(List.of("0.5 0.4 0.3", "9.80 5.00 2.00"), 2));
        assertTrue(!BenchmarkReport.loaded(List.of("0.5 0.4 0.3", "1.90 5.00 2.00", "unknown"), 2));
        assertTrue(!BenchmarkReport.markdown(run()).contains("loaded machine**"));
    }

    @Test
    void sparkOverheadPerNoteIsSparksTimeMinusTheBatchTimeAtTheSameThreadCount() {
        String md = BenchmarkReport.markdown(run());
        // local[1]: 200 notes/s (5 ms a note) against 250 notes/s (4 ms): 1 ms a note more.
        assertTrue(md.contains("| `local[1]` | 1000 | 9000 | 5.00 | 200 | 250 | 1.00 | 3.00 | 0.7 0.5 0.3 |"), md);
        // local[2]: 400 notes/s (2.5 ms) against 455 notes/s (2.2 ms).
        assertTrue(md.contains("| `local[2]` | 1000 | 9000 | 2.50 | 400 | 455 | 0.30 | 3.00 |"), md);
        assertTrue(md.contains("x2.00"), md);
    }
}
