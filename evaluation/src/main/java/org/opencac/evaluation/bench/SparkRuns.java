package org.opencac.evaluation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coding the same notes on Apache Spark in local mode, each run a fresh JVM running
 * {@code org.opencac.spark.SparkThroughput NOTES local[T]} on the spark module's classpath (Spark included),
 * so its throughput compares with {@code opencac batch} at the same thread count: the difference per note
 * is what Spark adds (rows to and from the JVM objects, tasks, the shuffle that spreads the notes).
 */
public final class SparkRuns {
    /** What {@code spark-submit} sets for Spark on Java 17. */
    static final List<String> JAVA_OPTIONS = List.of("-Xmx2g", "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");
    private static final Pattern LINE = Pattern.compile(
            "models loaded in ([\\d.]+) s; (\\d+) notes \\(([\\d.]+) MB\\), (\\d+) suggestions, ([\\d.]+) s, (\\d+) notes/s");

    /**
     * One Spark run.
     *
     * @param master       the Spark master, e.g. {@code local[2]}
     * @param threads      its worker threads
     * @param notes        notes coded
     * @param suggestions  suggestions produced
     * @param seconds      coding time (models already loaded)
     * @param loadSeconds  model loading time in the executor JVM
     * @param loadAverage  the machine's load average just before the run
     */
    public record Run(String master, int threads, long notes, long suggestions, double seconds, double loadSeconds,
                      String loadAverage) {
        public double notesPerSecond() {
            return notes / seconds;
        }
    }

    private SparkRuns() {
    }

    /** One run per thread count, on the spark module's classpath (a file with the entries joined by ':'). */
    public static List<Run> run(Path classpathFile, Path notes, Path workDir, List<Integer> threads) {
        List<Run> out = new ArrayList<>();
        try {
            String classpath = Files.readString(classpathFile).trim();
            for (int t : threads) {
                String master = "local[" + t + "]";
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(JAVA_OPTIONS);
                command.addAll(List.of("-cp", classpath, "org.opencac.spark.SparkThroughput",
                        notes.toAbsolutePath().toString(), master));
                Path log = workDir.resolve("spark-" + t + ".log");
                Path cache = workDir.resolve("spark-cache");
                Files.createDirectories(cache);
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("OPENCAC_CACHE_DIR", cache.toAbsolutePath().toString());
                String load = MachineInfo.loadAverage();
                Process p = builder.start();
                if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException("Spark run " + master + " failed; see " + log);
                }
                Matcher m = LINE.matcher(Files.readString(log));
                if (!m.find()) {
                    throw new IllegalStateException("no throughput line in the Spark run's output; see " + log);
                }
                Run run = new Run(master, t, Long.parseLong(m.group(2)), Long.parseLong(m.group(4)),
                        Double.parseDouble(m.group(5)), Double.parseDouble(m.group(1)), load);
                System.err.printf(Locale.ROOT, "[spark] %s: %.0f notes/s (load %s)%n", master, run.notesPerSecond(), load);
                out.add(run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return out;
    }
}
