package org.opencac.evaluation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput as a user of {@code opencac batch} sees it: each run is a fresh JVM
 * ({@code java -jar opencac.jar batch NOTES out.jsonl --threads T}) that codes every note of the file once,
 * so no note is ever coded twice in one JVM and nothing learnt from one run helps the next. Reports the
 * coding phase (the batch's own clock, from reading the notes to the last line written) and the whole
 * process (including JVM start-up and loading the models), with the machine's load average beside each run.
 */
public final class BatchThroughput {
    private static final Pattern SUMMARY = Pattern.compile("coded=(\\d+), failed=(\\d+), wallTimeMillis=(\\d+)");
    private static final Pattern CPU = Pattern.compile("CPU (\\d+\\.\\d+) s");
    private static final Pattern CODING_CPU = Pattern.compile("coding threads CPU (\\d+\\.\\d+) s");
    private static final Pattern JIT_CPU = Pattern.compile("JIT compiler (\\d+\\.\\d+) s");

    /**
     * One run.
     *
     * @param jit           the JIT setting it ran with
     * @param threads       worker threads
     * @param notes         notes coded
     * @param chars         their total length
     * @param codingMillis  the batch's own wall time (models already loaded)
     * @param processMillis launch to exit
     * @param cpuSeconds    CPU time of the coding phase, all threads of the process (JIT and GC included)
     * @param codingThreadCpuSeconds CPU time of the coding threads alone (0 if not reported)
     * @param jitCpuSeconds CPU time of the JIT compiler threads during the coding phase (0 if not reported)
     * @param loadAverage   the machine's load average just before the run
     */
    public record Run(JitSetting jit, int threads, int notes, long chars, long codingMillis, long processMillis, double cpuSeconds,
                      double codingThreadCpuSeconds, double jitCpuSeconds, String loadAverage) {
        /** Notes per second of CPU used by the coding phase (JIT and GC included): robust to a busy machine. */
        public double notesPerCpuSecond() {
            return cpuSeconds > 0 ? notes / cpuSeconds : Double.NaN;
        }

        public double notesPerSecond() {
            return notes * 1000.0 / codingMillis;
        }

        public double kbPerSecond() {
            return chars / 1024.0 * 1000.0 / codingMillis;
        }

        public double notesPerSecondWithStartup() {
            return notes * 1000.0 / processMillis;
        }
    }

    private BatchThroughput() {
    }

    /**
     * {@code runs} runs per JIT setting and thread count, interleaved (each setting with 1, 2, ... threads, then
     * again), so that a change in the machine's load falls on every configuration alike.
     */
    public static List<Run> run(Path jar, Path notes, Path workDir, List<JitSetting> jits, List<Integer> threads,
                                int runs) {
        long chars = BenchNotes.readTexts(notes).stream().mapToLong(String::length).sum();
        Path cache = workDir.resolve("batch-cache");
        List<Run> out = new ArrayList<>();
        try {
            Files.createDirectories(cache);
            exec(jar, JitSetting.DEFAULT, cache, workDir.resolve("batch-index.log"), List.of("index")); // untimed
            for (int r = 0; r < runs; r++) {
                for (JitSetting jit : jits) {
                    for (int t : threads) {
                        out.add(runOnce(jar, notes, workDir, cache, chars, jit, t,
                                workDir.resolve("batch-" + jits.indexOf(jit) + "-" + t + "-" + r + ".log")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Run runOnce(Path jar, Path notes, Path workDir, Path cache, long chars, JitSetting jit, int threads,
                               Path log) throws IOException {
        Path output = workDir.resolve("batch-out.jsonl");
        Files.deleteIfExists(output); // batch resumes from an existing output: every run codes every note
        String load = MachineInfo.loadAverage();
        long t0 = System.nanoTime();
        String printed = exec(jar, jit, cache, log, List.of("batch", notes.toAbsolutePath().toString(),
                output.toAbsolutePath().toString(), "--threads", Integer.toString(threads)));
        long processMillis = (System.nanoTime() - t0) / 1_000_000;
        Run run = parse(printed, jit, threads, chars, processMillis, load);
        System.err.printf("[batch] JIT %s, %d thread(s): %.0f notes/s coding, %.0f notes/s with start-up, %.0f notes "
                + "per CPU second (load %s)%n", jit.name(), threads, run.notesPerSecond(), run.notesPerSecondWithStartup(),
                run.notesPerCpuSecond(), load);
        return run;
    }

    /** One run from the batch's printed output (its summary and CPU lines). */
    static Run parse(String log, JitSetting jit, int threads, long chars, long processMillis, String load) {
        Matcher m = SUMMARY.matcher(log);
        if (!m.find()) {
            throw new IllegalStateException("no batch summary in the output of the batch run: " + log);
        }
        return new Run(jit, threads, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), chars,
                Long.parseLong(m.group(3)), processMillis, seconds(CPU, log), seconds(CODING_CPU, log),
                seconds(JIT_CPU, log), load);
    }

    /** The first figure in seconds the pattern finds in the batch's output, 0 if none. */
    private static double seconds(Pattern figure, String log) {
        Matcher m = figure.matcher(log);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The median of the runs with this JIT setting and {@code threads} threads, by coding throughput. */
    public static Run median(List<Run> runs, JitSetting jit, int threads) {
        List<Run> some = runs.stream().filter(r -> r.jit().equals(jit) && r.threads() == threads)
                .sorted(java.util.Comparator.comparingDouble(Run::notesPerSecond)).toList();
        return some.isEmpty() ? null : some.get(some.size() / 2);
    }

    private static String exec(Path jar, JitSetting jit, Path cache, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jit.jvmOptions());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPENCAC_CACHE_DIR", cache.toAbsolutePath().toString());
        jit.applyTo(builder.environment());
        Process p = builder.start();
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("`opencac " + String.join(" ", args) + "` failed; see " + log);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Files.readString(log);
    }
}
