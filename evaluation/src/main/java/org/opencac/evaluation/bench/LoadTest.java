package org.opencac.evaluation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opencac.models.io.FileTrees;

/**
 * Load test of the service jar as a child JVM ({@value #HEAP}, loopback only; under load with the production
 * launch's G1 options, {@link #SERVICE_GC}). Starts it on an empty
 * cache ("first start ever", which builds the cache), then {@value #COLD_STARTS} times more reusing it
 * ("cold start", reported as the median); each is timed from process launch to the first successful
 * {@code POST /v1/suggest}. On the last process it runs a warm-up, then a bounded closed-loop load per
 * client count, every request a distinct note never sent before, then reads the
 * child's GC log for peak heap and its output for OutOfMemoryError, and stops it.
 * Run alone with {@code java -cp ... org.opencac.evaluation.bench.LoadTest jar corpus.jsonl workDir}.
 */
public final class LoadTest {
    static final String HEAP = "-Xmx512m";
    /**
     * The G1 options of the service's production launch (the Dockerfile's {@code JAVA_TOOL_OPTIONS}), passed to
     * the process under load: at this heap size and allocation rate G1's adaptive threshold for starting a
     * concurrent mark falls to zero, so a GC thread marks beside the requests almost all the time; a fixed
     * threshold of 75% marks a few times a run.
     */
    static final List<String> SERVICE_GC = List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75");
    static final int NOTE_CHARS = 5 * 1024;
    /** Launches timed for the cold start (the first builds the cache and is reported apart). */
    static final int COLD_STARTS = 5;

    /**
     * @param warmup      load before the measured levels (at the middle client count)
     * @param perLevel    measured time per client count
     * @param maxRequests request bound per client count
     * @param clients     client counts, in order
     */
    public record Config(Duration warmup, Duration perLevel, int maxRequests, List<Integer> clients) {
        public static Config standard() {
            return new Config(Duration.ofSeconds(15), Duration.ofSeconds(20), 200_000, List.of(1, 10, 50));
        }
    }

    /**
     * @param noteChars       request note size
     * @param jvm             the child's JVM options
     * @param firstStartEver  launch to first answer with an empty cache
     * @param coldStarts      launch to first answer with the cache built, one per launch
     * @param fastStartColdStarts the same launched with C1 only ({@link JitSetting#FAST_START})
     * @param loadAverages    machine load average at each client count, in order
     * @param levels          one result per client count
     * @param gc              peak heap from the child's GC log
     * @param outOfMemory     whether the child printed an OutOfMemoryError
     * @param aliveAtEnd      whether the child was still running after the load
     */
    public record Result(int noteChars, List<String> jvm, Duration firstStartEver, List<Duration> coldStarts,
                         List<Duration> fastStartColdStarts, List<ClosedLoop.Level> levels, GcLog gc, boolean outOfMemory,
                         boolean aliveAtEnd, List<String> loadAverages) {
        /** The median cold start. */
        public Duration coldStart() {
            return median(coldStarts);
        }

        /** The median cold start with {@link JitSetting#FAST_START}, null if not measured. */
        public Duration fastStartColdStart() {
            return fastStartColdStarts.isEmpty() ? null : median(fastStartColdStarts);
        }

        private static Duration median(List<Duration> durations) {
            List<Duration> sorted = durations.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        public int errors() {
            return levels.stream().mapToInt(ClosedLoop.Level::errors).sum();
        }
    }

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LoadTest <opencac.jar> <corpus.jsonl> <workDir>");
            System.exit(2);
        }
        Result r = run(Path.of(args[0]), BenchNotes.readTexts(Path.of(args[1])), Path.of(args[2]), Config.standard());
        System.out.print(BenchmarkReport.loadSection(r));
    }

    public static Result run(Path jar, List<String> texts, Path workDir, Config config) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("service jar not found: " + jar + " (run mvn -B package first)");
        }
        Path cache = workDir.resolve("service-cache");
        FileTrees.delete(cache);
        Files.createDirectories(cache);
        Path gcLog = workDir.resolve("service-gc.log");
        Files.deleteIfExists(gcLog);
        BodySource bodies = new BodySource(texts);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Duration first;
        try (ServiceProcess service = ServiceProcess.start(jar, List.of(HEAP), cache, workDir.resolve("service-1.log"))) {
            first = service.awaitFirstAnswer(client, bodies.apply(0), Duration.ofMinutes(10));
        }
        makeClassArchive(jar, cache, workDir.resolve("service-class-archive.log"));
        // Cold starts of plain java -jar and of the fast-start launch, alternated.
        List<Duration> colds = new ArrayList<>();
        List<Duration> fastColds = new ArrayList<>();
        for (int launch = 1; launch <= COLD_STARTS; launch++) {
            if (launch < COLD_STARTS) {
                colds.add(coldStart(jar, JitSetting.DEFAULT, cache, workDir.resolve("service-cold-" + launch + ".log"),
                        client, bodies.apply(launch)));
            }
            fastColds.add(coldStart(jar, JitSetting.FAST_START, cache, workDir.resolve("service-cold-fast-" + launch + ".log"),
                    client, bodies.apply(100 + launch)));
        }
        List<String> jvm = new ArrayList<>(List.of(HEAP));
        jvm.addAll(SERVICE_GC);
        jvm.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
        try (ServiceProcess service = ServiceProcess.start(jar, jvm, cache, workDir.resolve("service-2.log"))) {
            colds.add(service.awaitFirstAnswer(client, bodies.apply(COLD_STARTS), Duration.ofMinutes(2)));
            long next = 1_000;
            int middle = config.clients().get(config.clients().size() / 2);
            log("warm-up: %d clients for %ds", middle, config.warmup().toSeconds());
            next += ClosedLoop.run(client, service.uri("/v1/suggest"), bodies, next, middle, config.warmup(),
                    config.maxRequests()).sent() + 1_000;
            List<ClosedLoop.Level> levels = new ArrayList<>();
            List<String> loads = new ArrayList<>();
            for (int clients : config.clients()) {
                log("load: %d clients for %ds", clients, config.perLevel().toSeconds());
                ClosedLoop.Level level = ClosedLoop.run(client, service.uri("/v1/suggest"), bodies, next, clients,
                        config.perLevel(), config.maxRequests());
                loads.add(MachineInfo.loadAverage());
                next += level.sent() + 1_000;
                levels.add(level);
            }
            boolean alive = service.isAlive();
            boolean oom = service.output().stream().anyMatch(l -> l.contains("OutOfMemoryError"));
            GcLog gc = GcLog.parse(Files.readAllLines(gcLog));
            return new Result(NOTE_CHARS, jvm, first, colds, fastColds, levels, gc, oom, alive, loads);
        }
    }

    /**
     * Makes the class archive of {@link JitSetting#FAST_START} in the cache directory, as a user does once per
     * build of the jar: {@code java -XX:ArchiveClassesAtExit=opencac.jsa -jar opencac.jar warm-up}.
     */
    private static void makeClassArchive(Path jar, Path cache, Path log) throws Exception {
        Path archive = cache.resolve(JitSetting.CLASS_ARCHIVE).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toAbsolutePath().toString(), "warm-up")
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(cache.toAbsolutePath().toFile());
        builder.environment().put("OPENCAC_PORT", "0");
        builder.environment().put("OPENCAC_HOST", "127.0.0.1");
        builder.environment().put("OPENCAC_CACHE_DIR", cache.toAbsolutePath().toString());
        builder.environment().put("OPENCAC_AUTH", "off");
        builder.environment().put("OPENCAC_DATA_DIR", cache.resolve("data").toAbsolutePath().toString());
        Process p = builder.start();
        if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(archive)) {
            p.destroyForcibly();
            throw new IllegalStateException("making the class archive failed; see " + log);
        }
    }

    /** Launch to the first answer of one fresh service process. */
    private static Duration coldStart(Path jar, JitSetting jit, Path cache, Path log, HttpClient client, String body)
            throws Exception {
        try (ServiceProcess service = ServiceProcess.start(jar, List.of(HEAP), jit, cache, log)) {
            return service.awaitFirstAnswer(client, body, Duration.ofMinutes(2));
        }
    }

    /** Request body number {@code i}: a distinct ~5 KB note (see {@link BenchNotes.Generator}), never repeated. */
    static final class BodySource implements java.util.function.LongFunction<String> {
        private final BenchNotes.Generator notes;
        private final ObjectMapper mapper = new ObjectMapper();

        BodySource(List<String> texts) {
            this.notes = new BenchNotes.Generator(texts, NOTE_CHARS);
        }

        @Override
        public String apply(long i) {
            try {
                return mapper.writeValueAsString(Map.of("text", notes.note(i), "setting", "outpatient",
                        "maxSuggestions", 25));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void log(String format, Object... args) {
        System.err.println("[load-test] " + String.format(format, args));
    }
}
