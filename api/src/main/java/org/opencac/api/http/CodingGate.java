package org.opencac.api.http;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded, deadline-limited coding. At most {@code slots} notes are coded at once (the work is CPU-bound,
 * so the default is one per core); a request waits at most {@code queueWait} for a slot, else it gets 503
 * {@code overloaded} with {@code Retry-After}. A running note gets the rest of the request's deadline; past
 * it the caller gets 503 {@code deadline_exceeded} and the work is interrupted (the pipeline stops at the
 * next stage boundary). A slot is freed only when the work has really stopped, so abandoned work can never
 * pile up beyond {@code slots}.
 */
public final class CodingGate implements AutoCloseable {
    private final Semaphore slots;
    private final int size;
    private final Duration queueWait;
    private final Duration deadline;
    private final ExecutorService workers;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    public CodingGate(int slots, Duration queueWait, Duration deadline) {
        this.size = slots;
        this.slots = new Semaphore(slots, true);
        this.queueWait = queueWait;
        this.deadline = deadline;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "coding-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} within the bounds; {@code startNanos} is when the request arrived. */
    public <T> T run(long startNanos, Callable<T> work) {
        waiting.incrementAndGet();
        boolean got;
        try {
            got = slots.tryAcquire(Math.min(queueWait.toNanos(), remaining(startNanos)), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorKind.NOT_READY, "the service is shutting down", 5);
        } finally {
            waiting.decrementAndGet();
        }
        if (!got) {
            throw new ApiException(ErrorKind.OVERLOADED, "all " + size + " coding slots are busy; retry shortly", 2);
        }
        Future<T> future;
        try {
            future = workers.submit(() -> {
                running.incrementAndGet();
                try {
                    return work.call();
                } finally {
                    running.decrementAndGet();
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw new ApiException(ErrorKind.NOT_READY, "the service is shutting down", 5);
        }
        try {
            return future.get(Math.max(1, remaining(startNanos)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiException(ErrorKind.DEADLINE_EXCEEDED, "coding took longer than the " + deadline.toMillis()
                    + " ms deadline and was cancelled", 5);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorKind.NOT_READY, "the service is shutting down", 5);
        } catch (CancellationException e) {
            throw new ApiException(ErrorKind.DEADLINE_EXCEEDED, "coding was cancelled", 5);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                throw new ApiException(ErrorKind.OVERLOADED, "the service ran out of memory for this note; retry later", 10);
            }
            if (cause instanceof CancellationException) {
                throw new ApiException(ErrorKind.DEADLINE_EXCEEDED, "coding was cancelled", 5);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private long remaining(long startNanos) {
        return deadline.toNanos() - (System.nanoTime() - startNanos);
    }

    /** Requests waiting for a slot. */
    public int waiting() {
        return waiting.get();
    }

    /** Notes being coded now (including abandoned work not yet stopped). */
    public int running() {
        return running.get();
    }

    public int size() {
        return size;
    }

    public Duration deadline() {
        return deadline;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
