package org.opencac.evaluation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark on distinct notes and writes {@code docs/benchmarks.md}: {@code opencac batch}
 * throughput from 1 thread to all cores, JMH pipeline throughput (1 thread and all cores), the per-stage
 * profile, the service load test (cold start included) and, given the spark module's classpath, the same notes
 * coded on Spark in local mode, batch with the JIT setting left to itself and forced to tiered, cold start left to itself and forced to C1 ({@link JitSetting}).
 * Takes about 12 minutes on 2 cores.
 * Usage: {@code RunBenchmarks --notes NOTES.jsonl [--repo DIR] [--out FILE] [--jar opencac.jar] [--spark-classpath FILE]
 * [--quick]}; {@code --quick} shortens every phase
 * for a smoke test (its numbers are not worth publishing). Started by {@code bench/run-benchmarks.sh}.
 */
public final class RunBenchmarks {
    static final String USAGE = "RunBenchmarks --notes NOTES.jsonl [--repo DIR] [--out FILE] [--jar opencac.jar] "
            + "[--spark-classpath FILE] [--quick]";
    /** The note size of the JMH runs (the one the targets speak of). */
    static final String JMH_NOTE_CHARS = "3072";
    /** JMH fork heap: the service's deployment heap. */
    static final String FORK_HEAP = "-Xmx512m";

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(".");
        Path out = null;
        Path jar = null;
        Path notes = null;
        Path sparkClasspath = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--notes" -> notes = Path.of(args[++i]);
                case "--quick" -> quick = true;
                case "--spark-classpath" -> sparkClasspath = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: " + USAGE);
            }
        }
        if (notes == null || !Files.isRegularFile(notes)) {
            throw new IllegalArgumentException("--notes NOTES.jsonl (distinct notes with a \"text\" field) is required; got "
                    + notes);
        }
        notes = notes.toAbsolutePath().normalize();
        repo = repo.toAbsolutePath().normalize();
        out = out != null ? out.toAbsolutePath() : repo.resolve("docs/benchmarks.md");
        jar = jar != null ? jar : repo.resolve("api/target/opencac.jar");
        Path corpus = repo.resolve("corpus/dev/dev-notes.jsonl"); // warm-up notes, never the measured ones
        Path work = repo.resolve("evaluation/target/bench");
        Path jmhCache = work.resolve("jmh-cache");
        Files.createDirectories(work);
        MachineInfo machine = MachineInfo.current();
        String loadBefore = MachineInfo.loadAverage();

        List<String> measured = BenchNotes.readTexts(notes);
        String notesSource = String.format(java.util.Locale.ROOT, "`%s`, %d notes, %.1f MB", notes.getFileName(),
                measured.size(), measured.stream().mapToLong(String::length).sum() / 1e6);
        List<Integer> threadCounts = new ArrayList<>();
        for (int t = 1; t <= machine.cores(); t++) {
            threadCounts.add(t);
        }
        List<BatchThroughput.Run> batch = BatchThroughput.run(jar, notes, work,
                JitSetting.BATCH, threadCounts, quick ? 1 : 3);
        List<SparkRuns.Run> spark = sparkClasspath == null ? List.of()
                : SparkRuns.run(sparkClasspath, quick ? firstLines(notes, 200, work.resolve("spark-quick-notes.jsonl")) : notes,
                work, threadCounts);

        List<BenchmarkReport.JmhRow> jmh = new ArrayList<>();
        for (int threads : List.of(1, machine.cores())) {
            jmh.addAll(jmh(notes, jmhCache, threads, quick));
        }
        jmh.sort(Comparator.comparingInt(BenchmarkReport.JmhRow::noteChars)
                .thenComparingInt(BenchmarkReport.JmhRow::threads));

        StageProfile.Result stages;
        try (ModelBundle models = ModelBundle.load(jmhCache)) {
            stages = StageProfile.run(Pipeline.standard(models), BenchNotes.readTexts(corpus),
                    quick ? measured.subList(0, Math.min(200, measured.size())) : measured, notes.getFileName().toString(),
                    Duration.ofSeconds(quick ? 3 : 20));
        }
        LoadTest.Config config = quick
                ? new LoadTest.Config(Duration.ofSeconds(3), Duration.ofSeconds(4), 20_000, List.of(1, 10, 50))
                : LoadTest.Config.standard();
        LoadTest.Result load = LoadTest.run(jar, measured, work, config);

        List<String> commands = List.of(
                "bench/run-benchmarks.sh NOTES.jsonl" + (quick ? " --quick" : ""),
                "# which runs:",
                "mvn -B -q package -DskipTests   # at the repository root",
                "java -Xmx1g -cp <copy of the evaluation runtime classpath> org.opencac.evaluation.bench.RunBenchmarks \\",
                "    --notes NOTES.jsonl --repo . --jar <copy of api/target/opencac.jar>"
                        + (sparkClasspath != null ? " --spark-classpath <spark module classpath>" : "")
                        + (quick ? " --quick" : ""));
        String setup = quick
                ? "Quick smoke run (`--quick`): 1 fork, 1 x 1 s warm-up, 1 x 2 s measurement. Not representative."
                : "JMH " + org.openjdk.jmh.util.Version.getPlainVersion() + ", throughput mode, 1 fork (`" + FORK_HEAP
                + "`), 2 warm-up iterations x 5 s, 3 measurement iterations x 5 s, " + JMH_NOTE_CHARS
                + "-char notes; one `Pipeline.code` call per "
                + "operation, each on a note never coded before, drawn at random from the sentences of the measured "
                + "notes (so every call codes a new text). With several threads the score is the sum over threads.";
        String md = BenchmarkReport.markdown(new BenchmarkReport.Run(machine, ZonedDateTime.now(), commands, notesSource,
                batch, spark, setup, jmh, stages, load, List.of(loadBefore, MachineInfo.loadAverage())));
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
        System.out.println("wrote " + out);
    }

    /** The first {@code n} lines of a JSON-lines file, written to {@code out}. */
    private static Path firstLines(Path jsonl, int n, Path out) throws java.io.IOException {
        try (java.util.stream.Stream<String> lines = Files.lines(jsonl)) {
            return Files.write(out, lines.limit(n).toList());
        }
    }

    private static List<BenchmarkReport.JmhRow> jmh(Path corpus, Path cache, int threads, boolean quick)
            throws Exception {
        Options options = new OptionsBuilder()
                .include(Pattern.quote(PipelineBenchmark.class.getName()) + ".*")
                .forks(1)
                .param("noteChars", JMH_NOTE_CHARS)
                .warmupIterations(quick ? 1 : 2).warmupTime(TimeValue.seconds(quick ? 1 : 5))
                .measurementIterations(quick ? 1 : 3).measurementTime(TimeValue.seconds(quick ? 2 : 5))
                .threads(threads)
                .jvmArgs(FORK_HEAP, "-D" + PipelineBenchmark.CORPUS + "=" + corpus,
                        "-D" + PipelineBenchmark.CACHE + "=" + cache)
                .shouldFailOnError(true)
                .build();
        List<BenchmarkReport.JmhRow> rows = new ArrayList<>();
        for (RunResult r : new Runner(options).run()) {
            rows.add(new BenchmarkReport.JmhRow(Integer.parseInt(r.getParams().getParam("noteChars")), threads,
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()));
        }
        return rows;
    }
}
