package org.opencac.evaluation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Hot methods from a JFR execution-sample recording of this JVM. {@code self} counts the top frame of
 * each sample; {@code engine} counts the deepest OpenCAC frame, so time spent in Lucene, OpenNLP or the
 * JDK is charged to the OpenCAC method that called it.
 *
 * @param samples total samples
 * @param self    most-sampled top frames
 * @param engine  most-sampled OpenCAC frames
 */
public record Hotspots(int samples, List<Hotspot> self, List<Hotspot> engine) {
    private static final String OWN = "org.opencac.";

    /** @param method class and method name @param samples samples charged to it @param share of all samples */
    public record Hotspot(String method, int samples, double share) {
    }

    /** Starts sampling every Java thread of this JVM every 10 ms. */
    public static Recording start() {
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.start();
        return recording;
    }

    /** Stops the recording and reads the {@code top} methods of each kind. */
    public static Hotspots stop(Recording recording, int top) {
        try {
            recording.stop();
            Path file = Files.createTempFile("opencac-stage-profile", ".jfr");
            try {
                recording.dump(file);
                return read(file, top);
            } finally {
                recording.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JFR recording", e);
        }
    }

    private static Hotspots read(Path file, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> engine = new HashMap<>();
        int samples = 0;
        for (var event : RecordingFile.readAllEvents(file)) {
            RecordedStackTrace stack = event.getStackTrace();
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || stack == null
                    || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().map(Hotspots::name).filter(n -> n.startsWith(OWN)).findFirst()
                    .ifPresent(n -> engine.merge(n, 1, Integer::sum));
        }
        return new Hotspots(samples, ranked(self, samples, top), ranked(engine, samples, top));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Hotspot> ranked(Map<String, Integer> counts, int samples, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(e -> new Hotspot(e.getKey(), e.getValue(), (double) e.getValue() / samples))
                .toList();
    }
}
