package org.opencac.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencac.evaluation.gold.GoldNote;
import org.opencac.evaluation.gold.GoldSet;

/**
 * Runs a {@link NoteCoder} over a gold set on a fixed pool of threads and scores the result.
 * A note whose coding throws is recorded as a failure in the report, never dropped.
 *
 * <pre>{@code
 * GoldSet gold = new JsonLinesGoldReader().read(Path.of("gold.jsonl"));
 * EvaluationReport report = new CodingEvaluator(coder, 8, ProgressBar.stderr("evaluate")).evaluate(gold);
 * }</pre>
 */
public final class CodingEvaluator {
    private final NoteCoder coder;
    private final int threads;
    private final ProgressListener progress;
    private final ReportBuilder reports;
    private final GoldAlignment alignment;

    public CodingEvaluator(NoteCoder coder, int threads, ProgressListener progress, ReportBuilder reports,
                           GoldAlignment alignment) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        this.coder = coder;
        this.threads = threads;
        this.progress = progress;
        this.reports = reports;
        this.alignment = alignment;
    }

    public CodingEvaluator(NoteCoder coder, int threads, ProgressListener progress, ReportBuilder reports) {
        this(coder, threads, progress, reports, GoldAlignment.NONE);
    }

    public CodingEvaluator(NoteCoder coder, int threads, ProgressListener progress) {
        this(coder, threads, progress, ReportBuilder.standard());
    }

    /** Uses every core and reports no progress. */
    public CodingEvaluator(NoteCoder coder) {
        this(coder, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    public EvaluationReport evaluate(GoldSet gold) {
        long start = System.nanoTime();
        List<NoteOutcome> outcomes = code(gold.notes(), start);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return reports.build(gold, outcomes, threads, wall);
    }

    private List<NoteOutcome> code(List<GoldNote> notes, long start) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<NoteOutcome>> futures = new ArrayList<>();
            for (GoldNote note : notes) {
                futures.add(pool.submit(() -> {
                    NoteOutcome outcome = codeOne(note);
                    progress.update(Progress.of(done.incrementAndGet(), notes.size(),
                            Duration.ofNanos(System.nanoTime() - start)));
                    return outcome;
                }));
            }
            List<NoteOutcome> outcomes = new ArrayList<>();
            for (Future<NoteOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private NoteOutcome codeOne(GoldNote note) {
        try {
            Prediction prediction = coder.code(note.id(), note.text(), note.setting());
            if (prediction == null) {
                throw new IllegalStateException("coder returned no prediction");
            }
            return NoteOutcome.coded(note, alignment.align(note, prediction));
        } catch (RuntimeException | StackOverflowError e) {
            return NoteOutcome.failed(note, e);
        }
    }
}
