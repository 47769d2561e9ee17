package org.opencac.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

/**
 * The real bundled models and the standard pipeline, for the tests of this module.
 *
 * <p>Cache policy (the same as the engine module's {@code TestModels}): each is built once per test JVM, on the
 * first call, and the one instance is shared by every test after it. Both are immutable, so tests only read them
 * and may run in any order; a test that needs other models or another pipeline builds its own rather than changing
 * these. On disk the models' cache is {@link #cacheDir()} under target/ rather than a temporary folder, because the
 * servers some tests start in another process read it too ({@code OPENCAC_CACHE_DIR}); {@code mvn clean} removes
 * it, and its entries are keyed by a fingerprint of the data and of the classes deriving them, so a change
 * rebuilds them (~1.5 min).
 */
public final class TestModels {
    private static ModelBundle models;
    private static Pipeline pipeline;

    private TestModels() {
    }

    /** The bundled models, built on the first call. */
    public static synchronized ModelBundle models() {
        if (models == null) {
            models = ModelBundle.load(cacheDir());
        }
        return models;
    }

    /** The standard pipeline over {@link #models()}, built on the first call. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(models());
        }
        return pipeline;
    }

    /** The models' cache on disk, shared with the servers tests start in another process. */
    public static Path cacheDir() {
        return Path.of("target", "test-model-cache").toAbsolutePath();
    }

    /** A new folder under target/ (a test's workbench store or key file): runs leave nothing in the system's temp. */
    public static Path scratchDir(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-scratch")), prefix)
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
