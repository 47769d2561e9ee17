package org.opencac.evaluation;

/** Receives progress updates from worker threads; implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = progress -> { };

    void update(Progress progress);
}
