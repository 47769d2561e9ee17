import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.*;

/**
 * Per-stage allocation and CPU of two builds compared in one JVM: each jar in a class loader of its own builds its
 * pipeline as the batch command does; the ICD-10-CM stages are run one by one on every note of a JSON Lines file,
 * builds alternated by 10-note chunks, and each stage's allocated bytes and CPU (ThreadMXBean) are summed.
 * Prints, for the last pass, each stage's KiB and microseconds a note in both builds, biggest allocation change first.
 * Usage: java -Xmx4g -XX:TieredStopAtLevel=1 StageCost.java BASE.jar NEW.jar NOTES.jsonl [PASSES]
 */
public class StageCost {
    record Build(List<Object> stages, List<String> names, Method process, Method docOf, java.lang.reflect.Constructor<?> note,
                 Method parse, long[] bytes, long[] cpu) {}

    public static void main(String[] args) throws Exception {
        Build a = load(Path.of(args[0]));
        Build b = load(Path.of(args[1]));
        List<String[]> notes = notes(Path.of(args[1]), Path.of(args[2]));
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            Arrays.fill(a.bytes, 0); Arrays.fill(a.cpu, 0); Arrays.fill(b.bytes, 0); Arrays.fill(b.cpu, 0);
            for (int from = 0, chunk = 0; from < notes.size(); from += 10, chunk++) {
                List<String[]> part = notes.subList(from, Math.min(notes.size(), from + 10));
                Build first = chunk % 2 == 0 ? a : b;
                for (Build x : new Build[] {first, first == a ? b : a}) {
                    for (String[] n : part) {
                        Object setting = ((Optional<?>) x.parse.invoke(null, n[2])).get();
                        Object doc = x.docOf.invoke(null, x.note.newInstance(n[1], setting));
                        Object[] arg = new Object[1];
                        for (int s = 0; s < x.stages.size(); s++) {
                            arg[0] = doc;
                            long a0 = mx.getCurrentThreadAllocatedBytes();
                            long t0 = mx.getCurrentThreadCpuTime();
                            doc = x.process.invoke(x.stages.get(s), arg);
                            x.cpu[s] += mx.getCurrentThreadCpuTime() - t0;
                            x.bytes[s] += mx.getCurrentThreadAllocatedBytes() - a0;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "pass %d: total base %.1f KiB %.3f ms, new %.1f KiB %.3f ms a note%n", pass,
                    Arrays.stream(a.bytes).sum() / 1024.0 / notes.size(), Arrays.stream(a.cpu).sum() / 1e6 / notes.size(),
                    Arrays.stream(b.bytes).sum() / 1024.0 / notes.size(), Arrays.stream(b.cpu).sum() / 1e6 / notes.size());
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        add(rows, a, 0, notes.size());
        add(rows, b, 2, notes.size());
        List<Map.Entry<String, double[]>> list = new ArrayList<>(rows.entrySet());
        list.sort((x, y) -> Double.compare(Math.abs(y.getValue()[2] - y.getValue()[0]), Math.abs(x.getValue()[2] - x.getValue()[0])));
        System.out.println("stage\tKiB base\tKiB new\tdiff\tus base\tus new\tus diff");
        for (var e : list) {
            double[] v = e.getValue();
            System.out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%+.2f\t%.1f\t%.1f\t%+.1f%n", e.getKey(), v[0], v[2], v[2] - v[0], v[1], v[3], v[3] - v[1]);
        }
        System.exit(0);
    }

    static void add(Map<String, double[]> rows, Build x, int at, int n) {
        Map<String, Integer> seen = new HashMap<>();
        for (int s = 0; s < x.stages.size(); s++) {
            String name = x.names.get(s);
            int k = seen.merge(name, 1, Integer::sum);
            double[] v = rows.computeIfAbsent(k == 1 ? name : name + "#" + k, z -> new double[4]);
            v[at] = x.bytes[s] / 1024.0 / n;
            v[at + 1] = x.cpu[s] / 1e3 / n;
        }
    }

    static Build load(Path jar) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> main = loader.loadClass("org.opencac.api.Main");
        Class<?> settingsType = loader.loadClass("org.opencac.api.Settings");
        Object settings = settingsType.getMethod("load", Map.class).invoke(null, System.getenv());
        Class<?> modelsType = loader.loadClass("org.opencac.models.ModelBundle");
        Object models = modelsType.getMethod("load", Path.class).invoke(null, settingsType.getMethod("cacheDir").invoke(settings));
        Method pipeline = main.getDeclaredMethod("pipeline", modelsType, settingsType);
        pipeline.setAccessible(true);
        Object p = pipeline.invoke(null, models, settings);
        List<Object> stages = new ArrayList<>((List<?>) p.getClass().getMethod("stages").invoke(p));
        List<String> names = new ArrayList<>();
        for (Object s : stages) {
            String cn = s.getClass().getName();
            names.add(cn.contains("$$Lambda") ? cn.substring(0, cn.indexOf("$$Lambda")) + "$lambda" : cn.substring(cn.lastIndexOf('.') + 1));
        }
        Class<?> stage = loader.loadClass("org.opencac.engine.Stage");
        Class<?> doc = loader.loadClass("org.opencac.engine.Document");
        Class<?> noteT = loader.loadClass("org.opencac.engine.note.Note");
        Class<?> care = loader.loadClass("org.opencac.engine.note.CareSetting");
        Method process = stage.getMethod("process", doc);
        process.setAccessible(true);
        return new Build(stages, names, process, doc.getMethod("of", noteT), noteT.getConstructor(String.class, care),
                care.getMethod("parse", String.class), new long[stages.size()], new long[stages.size()]);
    }

    static List<String[]> notes(Path jar, Path file) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
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
