package org.opencac.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

/**
 * The real bundled models and the standard pipeline, for the tests of this module.
 *
 * <p>Cache policy (the same as the API module's {@code TestModels}): each is built once per test JVM, on the first
 * call, and the one instance is shared by every test after it. Both are immutable, so tests only read them and may
 * run in any order; a test that needs other models or another pipeline builds its own rather than changing these.
 * On disk the models' cache (snapshot and index, some 50 MB) goes to a private temporary folder removed when the
 * JVM exits, so every run builds it from the code and data under test and leaves nothing behind.
 */
public final class TestModels {
    private static ModelBundle models;
    private static Pipeline pipeline;

    private TestModels() {
    }

    /** The bundled models, built on the first call. */
    public static synchronized ModelBundle models() {
        if (models == null) {
            try {
                Path cache = Files.createTempDirectory("opencac-test-cache");
                models = ModelBundle.load(cache);
                // the models' cache is some 50 MB: a test run leaves none behind
                org.opencac.models.io.FileTrees.deleteAtExit(cache);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
}
