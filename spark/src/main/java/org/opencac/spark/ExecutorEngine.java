package org.opencac.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

/**
 * The coding engine of one JVM (a Spark executor, or the driver in local mode): loaded on first use
 * from the bundled code sets in the job jar and then shared, read-only, by every task the JVM runs.
 * The model cache goes to {@code OPENCAC_CACHE_DIR} if set, else to a directory private to this JVM
 * (so two executors on one host never write the same files).
 */
public final class ExecutorEngine {
    private static volatile Pipeline pipeline;
    private static volatile ModelBundle models;

    private ExecutorEngine() {
    }

    /** The JVM's pipeline, loading the models the first time (about 3 s with a built cache, 10 s without). */
    public static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorEngine.class) {
                p = pipeline;
                if (p == null) {
                    models = ModelBundle.load(cacheDir());
                    p = Pipeline.standard(models);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** The JVM's models (the code set the pipeline codes with), loading them the first time. */
    public static ModelBundle models() {
        pipeline();
        return models;
    }

    private static Path cacheDir() {
        String configured = System.getenv("OPENCAC_CACHE_DIR");
        try {
            if (configured != null && !configured.isBlank()) {
                return Files.createDirectories(Path.of(configured));
            }
            // no cache folder configured: a private one for this executor JVM, removed when it exits (some 50 MB)
            Path scratch = Files.createTempDirectory("opencac-spark-cache");
            org.opencac.models.io.FileTrees.deleteAtExit(scratch);
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the model cache directory", e);
        }
    }
}
