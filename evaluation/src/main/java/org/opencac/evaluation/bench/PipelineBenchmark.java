package org.opencac.evaluation.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.models.ModelBundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Pipeline throughput in notes per second, one {@link Pipeline#code} call per operation on a note never
 * coded before (see {@link BenchNotes.Generator}; drawing it costs about 1% of coding it). The thread
 * count comes from the runner ({@link RunBenchmarks} runs 1 and all cores); with several threads JMH
 * reports the sum over threads. System properties: {@value #CORPUS} (JSON lines with "text", default
 * {@code corpus/dev/dev-notes.jsonl}) and {@value #CACHE} (model cache, default
 * {@code evaluation/target/bench/jmh-cache}), both relative to the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {
    public static final String CORPUS = "opencac.bench.corpus";
    public static final String CACHE = "opencac.bench.cache";

    /** Note size in characters: about 1 KB, 3 KB and 10 KB of text. */
    @Param({"1024", "3072", "10240"})
    public int noteChars;

    private ModelBundle models;
    private Pipeline pipeline;
    private BenchNotes.Generator notes;

    /** Each thread draws its own notes: thread t codes notes t * 2^40, t * 2^40 + 1, ... */
    @State(Scope.Thread)
    public static class Cursor {
        long next;

        @Setup(Level.Trial)
        public void start(ThreadParams threads) {
            next = (long) threads.getThreadIndex() << 40;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        Path corpus = Path.of(System.getProperty(CORPUS, "corpus/dev/dev-notes.jsonl"));
        models = ModelBundle.load(Path.of(System.getProperty(CACHE, "evaluation/target/bench/jmh-cache")));
        pipeline = Pipeline.standard(models);
        notes = new BenchNotes.Generator(BenchNotes.readTexts(corpus), noteChars);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        models.close();
    }

    @Benchmark
    public CodingResult codeNote(Cursor cursor) {
        return pipeline.code(new Note(notes.note(cursor.next++), CareSetting.OUTPATIENT));
    }
}
