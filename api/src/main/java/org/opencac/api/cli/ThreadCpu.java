package org.opencac.api.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opencac.evaluation.batch.BatchCoder;

/**
 * CPU time of this JVM's threads by kind (JIT compiler, garbage collector and VM, the rest), read from
 * {@code /proc/self/task} on Linux: the JVM's own management beans do not see its compiler and GC threads,
 * and on a short run those can use as much CPU as the coding itself. Empty elsewhere.
 */
final class ThreadCpu {
    static final String CODING = "coding";
    static final String JIT = "JIT compiler";
    static final String GC = "GC and VM";
    static final String OTHER = "other";
    private static final Path TASKS = Path.of("/proc/self/task");

    /** CPU nanoseconds per thread id, with its kind, at one moment. */
    record Snapshot(Map<String, Long> nanos, Map<String, String> kinds) {
        /** CPU used by each kind since {@code before} (threads that ended in between are not counted). */
        Map<String, Long> since(Snapshot before) {
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (String kind : List.of(CODING, JIT, GC, OTHER)) {
                byKind.put(kind, 0L);
            }
            nanos.forEach((tid, now) -> byKind.merge(kinds.get(tid), now - before.nanos.getOrDefault(tid, 0L), Long::sum));
            return byKind;
        }
    }

    private ThreadCpu() {
    }

    /** The CPU time of every live thread now; empty when {@code /proc} is not there. */
    static Snapshot now() {
        Map<String, Long> nanos = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return new Snapshot(nanos, kinds);
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                try {
                    // schedstat: nanoseconds on a CPU, then waiting, then time slices
                    String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII).trim();
                    String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).trim();
                    String tid = task.getFileName().toString();
                    nanos.put(tid, Long.parseLong(schedstat.split(" ")[0]));
                    kinds.put(tid, kind(name));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we read it, or the kernel gives no schedstat: skip it
                }
            }
        } catch (IOException e) {
            return new Snapshot(Map.of(), Map.of());
        }
        return new Snapshot(nanos, kinds);
    }

    /** The kind of a HotSpot thread by its name (Linux truncates names to 15 characters). */
    static String kind(String threadName) {
        if (threadName.startsWith(BatchCoder.WORKER_NAME)) {
            return CODING;
        }
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.startsWith("VM Thread")
                || threadName.startsWith("VM Periodic")) {
            return GC;
        }
        return OTHER;
    }
}
