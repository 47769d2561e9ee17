package org.opencac.evaluation.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencac.engine.note.PatientSex;
import org.opencac.evaluation.NoteCoder;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.evaluation.Progress;
import org.opencac.evaluation.ProgressListener;
import org.opencac.evaluation.Span;

/**
 * Codes many notes into a JSON Lines file, in parallel and resumably. Each output line is either
 * <pre>{"id":"n1","setting":"outpatient","codeSystem":"ICD-10-CM","codeSetVersion":"2025",
 *  "codes":[{"system":"ICD-10-CM","code":"E11.9","score":0.93,"spans":[[10,18]]}]}</pre>
 * or {@code {"id":"n2","error":"..."}} for a note that threw or had empty text. Errors also go to
 * the error stream, by id only (never with note text).
 */
public final class BatchCoder {
    private final NoteCoder coder;
    private final int threads;
    private final ProgressListener progress;
    private final PrintStream errors;
    /** The name of every coding thread. */
    public static final String WORKER_NAME = "batch-coder";
    private final ObjectMapper json = new ObjectMapper();
    /** CPU time the worker threads spent coding notes (JIT and GC threads excluded). */
    private final java.util.concurrent.atomic.LongAdder codingCpuNanos = new java.util.concurrent.atomic.LongAdder();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public BatchCoder(NoteCoder coder, int threads, ProgressListener progress, PrintStream errors) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        this.coder = coder;
        this.threads = threads;
        this.progress = progress;
        this.errors = errors;
    }

    /**
     * @param input  a folder of {@code .txt} notes or a JSON Lines file
     * @param output the JSON Lines output; ids already in it are skipped and the rest appended
     */
    public BatchSummary run(Path input, Path output) {
        return run(input, output, null);
    }

    /**
     * As {@link #run(Path, Path)}, with a date of service for the notes that name none (null = none).
     */
    public BatchSummary run(Path input, Path output, java.time.LocalDate defaultDateOfService) {
        long start = System.nanoTime();
        List<BatchNote> notes = new BatchInput().read(input).stream()
                .map(n -> n.withDefaultDate(defaultDateOfService)).toList();
        try (BatchOutput out = BatchOutput.open(output)) {
            Set<String> finished = out.finished();
            Set<String> seen = new HashSet<>(finished);
            List<BatchNote> todo = new ArrayList<>();
            for (BatchNote note : notes) {
                if (seen.add(note.id())) {
                    todo.add(note);
                } else if (!finished.contains(note.id())) {
                    errors.println("batch: duplicate note id " + note.id() + " skipped");
                }
            }
            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, BatchCoder::worker);
            for (BatchNote note : todo) {
                pool.execute(() -> {
                    if (!codeOne(note, out)) {
                        failed.incrementAndGet();
                    }
                    progress.update(Progress.of(done.incrementAndGet(), todo.size(),
                            Duration.ofNanos(System.nanoTime() - start)));
                });
            }
            pool.shutdown();
            awaitAll(pool);
            return new BatchSummary(notes.size(), notes.size() - todo.size(), todo.size() - failed.get(),
                    failed.get(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close batch output " + output, e);
        }
    }

    /**
     * Codes {@code warmUp} notes and throws the answers away, so the JIT compiler has compiled the hot code
     * before a measured {@link #run}. The notes must be other notes than the measured ones (a note coded
     * twice would let a cache answer); a warm-up note whose text is among {@code measured} is refused.
     *
     * @return how long the warm-up took (the caller reports it apart from the measured run, never hides it)
     */
    public Duration warmUp(List<BatchNote> warmUp, Path measured) {
        Set<String> texts = new HashSet<>();
        for (BatchNote note : new BatchInput().read(measured)) {
            texts.add(note.text());
        }
        for (BatchNote note : warmUp) {
            if (texts.contains(note.text())) {
                throw new IllegalArgumentException("warm-up note " + note.id()
                        + " is also in the measured notes: warm up on other notes");
            }
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, BatchCoder::worker);
        for (BatchNote note : warmUp) {
            if (note.problem() == null && !note.text().isBlank()) {
                pool.execute(() -> {
                    try {
                        coder.code(note.id(), note.text(), note.setting());
                    } catch (RuntimeException | StackOverflowError e) {
                        errors.println("batch: warm-up note " + note.id() + " failed: " + e.getClass().getSimpleName());
                    }
                });
            }
        }
        pool.shutdown();
        awaitAll(pool);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Codes one note and writes its line; false if it failed. */
    private boolean codeOne(BatchNote note, BatchOutput out) {
        String problem = note.problem();
        Prediction prediction = null;
        if (problem == null && note.text().isBlank()) {
            problem = "empty text";
        }
        if (problem == null) {
            long cpu0 = threadCpuNanos();
            try {
                prediction = coder.code(note.id(), note.text(), note.setting(), note.dateOfService(), note.sex());
                if (prediction == null) {
                    problem = "coder returned no prediction";
                }
            } catch (RuntimeException | StackOverflowError e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            codingCpuNanos.add(threadCpuNanos() - cpu0);
        }
        if (problem != null) {
            errors.println("batch: note " + note.id() + " failed: " + problem);
            out.append(json.createObjectNode().put("id", note.id()).put("error", problem).toString());
            return false;
        }
        out.append(line(note, prediction));
        return true;
    }

    /**
     * The CPU time the worker threads spent in the coder over every {@link #run} so far (thread CPU time,
     * so JIT compilation and garbage collection on other threads are not in it); 0 if the JVM cannot tell.
     */
    public long codingCpuNanos() {
        return codingCpuNanos.sum();
    }

    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }

    /**
     * The note's output line, written field by field as the JSON tree of the same fields would print (no tree is
     * built: on one thread it was about 2% of a note's CPU).
     */
    private String line(BatchNote note, Prediction prediction) {
        java.io.StringWriter text = new java.io.StringWriter(256);
        try (com.fasterxml.jackson.core.JsonGenerator out = json.getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeStringField("id", note.id());
            out.writeStringField("setting", note.setting());
            out.writeStringField("codeSystem", prediction.codeSystem());
            out.writeStringField("codeSetVersion", prediction.codeSetVersion());
            if (note.dateOfService() != null) {
                out.writeStringField("dateOfService", note.dateOfService().toString());
            }
            if (note.sex() != PatientSex.UNKNOWN) {
                out.writeStringField("sex", note.sex().wireName());
            }
            if (!prediction.warnings().isEmpty()) {
                out.writeArrayFieldStart("warnings");
                for (String w : prediction.warnings()) {
                    out.writeString(w);
                }
                out.writeEndArray();
            }
            out.writeArrayFieldStart("codes");
            for (PredictedCode code : prediction.codes()) {
                out.writeStartObject();
                out.writeStringField("system", code.system());
                out.writeStringField("code", code.code());
                out.writeNumberField("score", code.score());
                out.writeArrayFieldStart("spans");
                for (Span span : code.spans()) {
                    out.writeStartArray();
                    out.writeNumber(span.start());
                    out.writeNumber(span.end());
                    out.writeEndArray();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A coding thread, named so per-thread CPU figures can tell it from the JVM's own threads. */
    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, WORKER_NAME);
        t.setDaemon(true);
        return t;
    }

    private static void awaitAll(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        }
    }
}
