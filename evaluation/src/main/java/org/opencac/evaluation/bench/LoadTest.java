package org.opencac.evaluation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Load test of the service jar as a child JVM ({@value #HEAP}, loopback only). Starts it twice on an
 * empty cache: the first start builds the cache ("first start ever"), the second reuses it ("cold
 * start"); each is timed from process launch to the first successful {@code POST /v1/suggest}. On the
 * second process it runs a warm-up, then a bounded closed-loop load per client count, then reads the
 * child's GC log for peak heap and its output for OutOfMemoryError, and stops it.
 * Run alone with {@code java -cp ... org.opencac.evaluation.bench.LoadTest jar corpus.jsonl workDir}.
 */
public final class LoadTest {
    static final String HEAP = "-Xmx512m";
    static final int NOTE_CHARS = 5 * 1024;

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
     * @param coldStart       launch to first answer with the cache built
     * @param levels          one result per client count
     * @param gc              peak heap from the child's GC log
     * @param outOfMemory     whether the child printed an OutOfMemoryError
     * @param aliveAtEnd      whether the child was still running after the load
     */
    public record Result(int noteChars, List<String> jvm, Duration firstStartEver, Duration coldStart,
                         List<ClosedLoop.Level> levels, GcLog gc, boolean outOfMemory, boolean aliveAtEnd) {
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
        deleteRecursively(cache);
        Files.createDirectories(cache);
        Path gcLog = workDir.resolve("service-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> bodies = bodies(texts);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Duration first;
        try (ServiceProcess service = ServiceProcess.start(jar, List.of(HEAP), cache, workDir.resolve("service-1.log"))) {
            first = service.awaitFirstAnswer(client, bodies.get(0), Duration.ofMinutes(10));
        }
        List<String> jvm = List.of(HEAP, "-Xlog:gc:file=" + gcLog.toAbsolutePath());
        try (ServiceProcess service = ServiceProcess.start(jar, jvm, cache, workDir.resolve("service-2.log"))) {
            Duration cold = service.awaitFirstAnswer(client, bodies.get(0), Duration.ofMinutes(2));
            int middle = config.clients().get(config.clients().size() / 2);
            log("warm-up: %d clients for %ds", middle, config.warmup().toSeconds());
            ClosedLoop.run(client, service.uri("/v1/suggest"), bodies, middle, config.warmup(), config.maxRequests());
            List<ClosedLoop.Level> levels = new ArrayList<>();
            for (int clients : config.clients()) {
                log("load: %d clients for %ds", clients, config.perLevel().toSeconds());
                levels.add(ClosedLoop.run(client, service.uri("/v1/suggest"), bodies, clients, config.perLevel(),
                        config.maxRequests()));
            }
            boolean alive = service.isAlive();
            boolean oom = service.output().stream().anyMatch(l -> l.contains("OutOfMemoryError"));
            GcLog gc = GcLog.parse(Files.readAllLines(gcLog));
            return new Result(NOTE_CHARS, jvm, first, cold, levels, gc, oom, alive);
        }
    }

    /** Request bodies for distinct ~5 KB notes. */
    static List<String> bodies(List<String> texts) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (String note : BenchNotes.build(texts, NOTE_CHARS, 16)) {
            bodies.add(mapper.writeValueAsString(Map.of("text", note, "setting", "outpatient", "maxSuggestions", 25)));
        }
        return bodies;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void log(String format, Object... args) {
        System.err.println("[load-test] " + String.format(format, args));
    }
}
