import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coding CPU of two builds of the jar compared in one JVM, for changes too small to see between fresh JVMs on a
 * shared machine (docs/scaling.md sections 7 and 8). Each jar is loaded in a class loader of its own (neither
 * shares the other's classes, caches or compiled code) and builds its pipeline as the batch command does; both
 * code the same warm-up notes (the first 300 {@code .txt} files of a folder, outpatient), then the notes of a
 * JSON Lines file in 10-note chunks, alternated ABBA so that a change of load hits both alike. Per pass it prints
 * each build's coding-thread CPU per note ({@code ThreadMXBean}) and their ratio, and the bytes each allocated per
 * note (which, unlike CPU, the machine's load does not change); the ratio of all passes last. The build loaded
 * second can come out a per cent or two faster or slower with the same jar on both sides: run both orders
 * (BASE NEW, then NEW BASE) and take the square root of the first ratio over the second.
 * The cache folder is {@code OPENCAC_CACHE_DIR}, as for the jar (each build finds or makes its own cache there).
 * Run with the batch's compilers: {@code -XX:TieredStopAtLevel=1} (C1 only, what a short batch uses).
 * Usage: java -Xmx4g -XX:TieredStopAtLevel=1 bench/AlternatedBuilds.java BASE.jar NEW.jar NOTES.jsonl WARMUP_DIR [PASSES]
 */
public class AlternatedBuilds {
    private static final int CHUNK = 10;
    private static final int WARM_UP_NOTES = 300;

    /** One build's note coder, called through reflection (its classes are its own). */
    private record Build(Object coder, Method code) {
        void code(String[] note) throws Exception {
            code.invoke(coder, note[0], note[1], note[2]);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AlternatedBuilds BASE.jar NEW.jar NOTES.jsonl WARMUP_DIR [PASSES]");
            System.exit(2);
        }
        Build base = load(Path.of(args[0]));
        Build changed = load(Path.of(args[1]));
        List<String[]> notes = notes(Path.of(args[1]), Path.of(args[2]));
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        List<Path> warmUp;
        try (var files = Files.list(Path.of(args[3]))) {
            warmUp = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(WARM_UP_NOTES).toList();
        }
        for (Path p : warmUp) {
            String[] note = {p.getFileName().toString(), Files.readString(p), "outpatient"};
            base.code(note);
            changed.code(note);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allBase = 0;
        long allChanged = 0;
        for (int pass = 1; pass <= passes; pass++) {
            long cpuBase = 0;
            long cpuChanged = 0;
            long bytesBase = 0;
            long bytesChanged = 0;
            for (int from = 0, chunk = 0; from < notes.size(); from += CHUNK, chunk++) {
                List<String[]> part = notes.subList(from, Math.min(notes.size(), from + CHUNK));
                Build first = chunk % 2 == 0 ? base : changed;
                Build second = first == base ? changed : base;
                for (Build b : new Build[] {first, second}) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    long a0 = mx.getCurrentThreadAllocatedBytes();
                    for (String[] note : part) {
                        b.code(note);
                    }
                    long cpu = mx.getCurrentThreadCpuTime() - t0;
                    long bytes = mx.getCurrentThreadAllocatedBytes() - a0;
                    if (b == base) {
                        cpuBase += cpu;
                        bytesBase += bytes;
                    } else {
                        cpuChanged += cpu;
                        bytesChanged += bytes;
                    }
                }
            }
            allBase += cpuBase;
            allChanged += cpuChanged;
            System.out.printf(Locale.ROOT, "pass %d: base %.3f ms a note, new %.3f ms a note, ratio %.3f;"
                    + " allocated base %.0f KiB a note, new %.0f KiB a note%n", pass,
                    cpuBase / 1e6 / notes.size(), cpuChanged / 1e6 / notes.size(), (double) cpuChanged / cpuBase,
                    bytesBase / 1024.0 / notes.size(), bytesChanged / 1024.0 / notes.size());
        }
        System.out.printf(Locale.ROOT, "all passes: ratio %.3f%n", (double) allChanged / allBase);
        System.exit(0);   // the models' loader threads
    }

    /** The jar's pipeline as the batch command builds it (models, ICD-10-CM stages, code-system modules). */
    private static Build load(Path jar) throws Exception {
        ClassLoader loader = loader(jar);
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> main = loader.loadClass("org.opencac.api.Main");
        Class<?> settingsType = loader.loadClass("org.opencac.api.Settings");
        Object settings = settingsType.getMethod("load", Map.class).invoke(null, System.getenv());
        Class<?> modelsType = loader.loadClass("org.opencac.models.ModelBundle");
        Object models = modelsType.getMethod("load", Path.class).invoke(null, settingsType.getMethod("cacheDir").invoke(settings));
        Method pipeline = main.getDeclaredMethod("pipeline", modelsType, settingsType);
        pipeline.setAccessible(true);
        Class<?> coderType = loader.loadClass("org.opencac.evaluation.coder.PipelineNoteCoder");
        Object coder = coderType.getConstructor(loader.loadClass("org.opencac.engine.Pipeline"))
                .newInstance(pipeline.invoke(null, models, settings));
        return new Build(coder, coderType.getMethod("code", String.class, String.class, String.class));
    }

    private static ClassLoader loader(Path jar) throws Exception {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    /** The notes (id, text, setting) as the batch reads them, read with a jar's own reader. */
    private static List<String[]> notes(Path jar, Path file) throws Exception {
        ClassLoader loader = loader(jar);
        Object input = loader.loadClass("org.opencac.evaluation.batch.BatchInput").getConstructor().newInstance();
        List<String[]> out = new ArrayList<>();
        for (Object n : (List<?>) input.getClass().getMethod("read", Path.class).invoke(input, file)) {
            Class<?> type = n.getClass();
            out.add(new String[] {(String) type.getMethod("id").invoke(n), (String) type.getMethod("text").invoke(n),
                    (String) type.getMethod("setting").invoke(n)});
        }
        return out;
    }
}
