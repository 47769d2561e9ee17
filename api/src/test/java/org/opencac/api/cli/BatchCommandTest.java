package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void warmUpNotesAreParsedAndOptional() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
        Path warm = Files.createDirectory(dir.resolve("warm"));
        BatchCommand.Args args = BatchCommand.Args.parse(
                List.of(in.toString(), "out.jsonl", "--threads", "2", "--warmup", warm.toString()), 1);
        assertEquals(warm, args.warmUp());
        assertEquals(2, args.threads());
        assertNull(BatchCommand.Args.parse(List.of(in.toString(), "out.jsonl"), 1).warmUp());
    }

    @Test
    void aMissingWarmUpInputIsAClearUsageError() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
        UsageException e = assertThrows(UsageException.class, () -> BatchCommand.Args.parse(
                List.of(in.toString(), "out.jsonl", "--warmup", dir.resolve("absent").toString()), 1));
        assertTrue(e.getMessage().contains("no such warm-up input"), e.getMessage());
    }

    @Test
    void hotSpotThreadsAreToldApartByName() {
        assertEquals(ThreadCpu.JIT, ThreadCpu.kind("C2 CompilerThre"));
        assertEquals(ThreadCpu.JIT, ThreadCpu.kind("C1 CompilerThre"));
        assertEquals(ThreadCpu.GC, ThreadCpu.kind("GC Thread#0"));
        assertEquals(ThreadCpu.GC, ThreadCpu.kind("G1 Conc#0"));
        assertEquals(ThreadCpu.CODING, ThreadCpu.kind("batch-coder"));
        assertEquals(ThreadCpu.OTHER, ThreadCpu.kind("main"));
    }

    @Test
    void cpuByKindCountsOnlyWhatWasUsedSinceTheFirstSnapshot() {
        ThreadCpu.Snapshot before = new ThreadCpu.Snapshot(java.util.Map.of("1", 100L, "2", 50L),
                java.util.Map.of("1", ThreadCpu.JIT, "2", ThreadCpu.OTHER));
        ThreadCpu.Snapshot after = new ThreadCpu.Snapshot(java.util.Map.of("1", 400L, "2", 50L, "3", 70L),
                java.util.Map.of("1", ThreadCpu.JIT, "2", ThreadCpu.OTHER, "3", ThreadCpu.GC));
        java.util.Map<String, Long> used = after.since(before);
        assertEquals(300L, used.get(ThreadCpu.JIT));
        assertEquals(70L, used.get(ThreadCpu.GC));
        assertEquals(0L, used.get(ThreadCpu.OTHER));
        assertEquals(0L, used.get(ThreadCpu.CODING));
    }
}
