package org.opencac.evaluation.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * while JFR samples the hot methods; every measured note is a distinct note coded once. Run alone with
 * {@code java -cp ... org.opencac.evaluation.bench.StageProfile [notes.jsonl] [warmup.jsonl] [cacheDir]}.
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
     * @param source     what the measured notes are
     * @param notes      notes run in the measured window, each a distinct note coded once
     * @param chars      their total length in characters
     * @param stages     per-stage timings, in pipeline order
     * @param hotspots   sampled hot methods of the measured window
     */
    public record Result(String source, int notes, long chars, List<StageTiming> stages, Hotspots hotspots) {
        public double totalMicros() {
            return stages.stream().mapToDouble(StageTiming::microsPerNote).sum();
        }

        public double meanChars() {
            return notes == 0 ? 0 : (double) chars / notes;
        }
    }

    private StageProfile() {
    }

    public static void main(String[] args) {
        Path notes = Path.of(args.length > 0 ? args[0] : "/work/data/mtsamples.jsonl");
        Path warmup = Path.of(args.length > 1 ? args[1] : "corpus/dev/dev-notes.jsonl");
        Path cache = Path.of(args.length > 2 ? args[2] : "evaluation/target/bench/jmh-cache");
        try (ModelBundle models = ModelBundle.load(cache)) {
            Result r = run(Pipeline.standard(models), BenchNotes.readTexts(warmup), BenchNotes.readTexts(notes),
                    notes.getFileName().toString(), Duration.ofSeconds(20));
            System.out.print(BenchmarkReport.stageTable(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Warms up for {@code warmup} on notes generated from {@code warmupTexts} (never the measured ones),
     * then times every stage on each of {@code measured} once, in order.
     */
    public static Result run(Pipeline pipeline, List<String> warmupTexts, List<String> measured, String source,
                             Duration warmup) {
        List<Stage> stages = pipeline.stages();
        long[] nanos = new long[stages.size()];
        BenchNotes.Generator generator = new BenchNotes.Generator(warmupTexts, 3072);
        long end = System.nanoTime() + warmup.toNanos();
        for (long i = 0; System.nanoTime() < end; i++) {
            loop(stages, List.of(new Note(generator.note(i), CareSetting.OUTPATIENT)), nanos);
        }
        Arrays.fill(nanos, 0);
        List<Note> notes = measured.stream().map(t -> new Note(t, CareSetting.OUTPATIENT)).toList();
        Recording recording = Hotspots.start();
        int done = loop(stages, notes, nanos);
        Hotspots hotspots = Hotspots.stop(recording, 15);
        long total = Arrays.stream(nanos).sum();
        List<StageTiming> timings = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            timings.add(new StageTiming(stages.get(s).getClass().getSimpleName(), nanos[s] / 1000.0 / done,
                    (double) nanos[s] / total));
        }
        long chars = measured.stream().mapToLong(String::length).sum();
        return new Result(source, done, chars, timings, hotspots);
    }

    private static int loop(List<Stage> stages, List<Note> notes, long[] nanos) {
        int done = 0;
        for (Note note : notes) {
            Document doc = Document.of(note);
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
}
