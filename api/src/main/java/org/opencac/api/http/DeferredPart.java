package org.opencac.api.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of the service that coding a note does not need (the workbench store, the FHIR mapping), made once on a
 * daemon thread of its own when {@link #begin()} is first called. The service begins it after its first answer,
 * so that on a start-up it does not take the cores from that answer; {@link #get()} begins it if nothing has yet
 * and waits for it (a request that needs the part early). A part that failed throws its failure to every caller.
 *
 * @param <T> the part's type
 */
public final class DeferredPart<T> implements Supplier<T> {
    private final String thread;
    private final Supplier<T> make;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final CompletableFuture<T> made = new CompletableFuture<>();

    /**
     * @param thread the name of the thread that makes it
     * @param make   makes the part
     */
    public DeferredPart(String thread, Supplier<T> make) {
        this.thread = thread;
        this.make = make;
    }

    /** Starts making the part, unless that was done already. */
    public void begin() {
        if (begun.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    made.complete(make.get());
                } catch (RuntimeException | Error e) {
                    made.completeExceptionally(e);
                }
            }, thread);
            t.setDaemon(true);
            t.start();
        }
    }

    /** The part: begins it if need be and waits for it; throws what making it threw. */
    @Override
    public T get() {
        begin();
        try {
            return made.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Completes once the part is made (or failed); never begins it. */
    public CompletableFuture<T> made() {
        return made;
    }

    /**
     * Waits, at most {@code timeout}, for a part that was begun to be made or to fail; returns at once for a part
     * never begun. Called at stop: the part is made on a daemon thread, which the JVM would otherwise end in the
     * middle (a schema migration cut half-way leaves a database no later start can migrate).
     *
     * @return true if the part is done (or was never begun), false if the wait timed out
     */
    public boolean awaitIfBegun(java.time.Duration timeout) {
        if (!begun.get()) {
            return true;
        }
        try {
            made.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;   // failed: done, and its failure is reported where it is asked for
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code action} on the part once it is made, if it was begun (a part never begun is not made for it). */
    public void whenMade(Consumer<T> action) {
        if (begun.get()) {
            made.thenAccept(action);
        }
    }
}
