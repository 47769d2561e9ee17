package org.opencac.evaluation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jfr.Recording;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.Stage;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.models.ModelBundle;

/**
 * Where a note's time goes: runs the stages of a pipeline one by one on a single thread, timing each,
 * while JFR samples the hot methods. Run alone with
 * {@code java -cp ... org.opencac.evaluation.bench.StageProfile [corpus.jsonl] [cacheDir] [noteChars]}.
 */
public final class StageProfile {

    /**
     * @param stage         stage class name
     * @param microsPerNote mean time per note
     * @param share         share of the summed stage time
     */
    public record StageTiming(String stage, double microsPerNote, double share) {
    }

    /**
     * @param noteChars  note size profiled
     * @param notes      notes run in the measured window
     * @param stages     per-stage timings, in pipeline order
     * @param hotspots   sampled hot methods of the measured window
     */
    public record Result(int noteChars, int notes, List<StageTiming> stages, Hotspots hotspots) {
        public double totalMicros() {
            return stages.stream().mapToDouble(StageTiming::microsPerNote).sum();
        }
    }

    private StageProfile() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus/dev/dev-notes.jsonl");
        Path cache = Path.of(args.length > 1 ? args[1] : "evaluation/target/bench/jmh-cache");
        int chars = args.length > 2 ? Integer.parseInt(args[2]) : 3072;
        try (ModelBundle models = ModelBundle.load(cache)) {
            Result r = run(Pipeline.standard(models), BenchNotes.readTexts(corpus), chars,
                    Duration.ofSeconds(10), Duration.ofSeconds(15));
            System.out.print(BenchmarkReport.stageTable(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Warms up for {@code warmup}, then times every stage for {@code measure} of notes of {@code chars}. */
    public static Result run(Pipeline pipeline, List<String> texts, int chars, Duration warmup, Duration measure) {
        List<Note> notes = BenchNotes.build(texts, chars, PipelineBenchmark.NOTES_PER_SIZE).stream()
                .map(t -> new Note(t, CareSetting.OUTPATIENT)).toList();
        List<Stage> stages = stagesOf(pipeline);
        long[] nanos = new long[stages.size()];
        loop(stages, notes, warmup, nanos);
        Arrays.fill(nanos, 0);
        Recording recording = Hotspots.start();
        int done = loop(stages, notes, measure, nanos);
        Hotspots hotspots = Hotspots.stop(recording, 15);
        long total = Arrays.stream(nanos).sum();
        List<StageTiming> timings = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            timings.add(new StageTiming(stages.get(s).getClass().getSimpleName(), nanos[s] / 1000.0 / done,
                    (double) nanos[s] / total));
        }
        return new Result(chars, done, timings, hotspots);
    }

    private static int loop(List<Stage> stages, List<Note> notes, Duration length, long[] nanos) {
        long end = System.nanoTime() + length.toNanos();
        int done = 0;
        while (System.nanoTime() < end) {
            Document doc = Document.of(notes.get(done % notes.size()));
            for (int s = 0; s < stages.size(); s++) {
                long t0 = System.nanoTime();
                doc = stages.get(s).process(doc);
                nanos[s] += System.nanoTime() - t0;
            }
            if (doc.note() == null) {
                throw new IllegalStateException("unreachable: keeps the result alive");
            }
            done++;
        }
        return done;
    }

    /**
     * The stages of a pipeline, read from its private field: {@link Pipeline} does not expose them, and
     * copying {@code Pipeline.standard} here would drift from it. A {@code Pipeline.stages()} accessor
     * would remove this reflection.
     */
    static List<Stage> stagesOf(Pipeline pipeline) {
        try {
            Field f = Pipeline.class.getDeclaredField("stages");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Stage> stages = (List<Stage>) f.get(pipeline);
            return stages;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Pipeline has no 'stages' field any more; update StageProfile", e);
        }
    }
}
