package org.opencac.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

/** The models, loaded once per test JVM from a cache under target/ (built on first use, ~1.5 min). */
public final class TestModels {
    private static ModelBundle models;
    private static Pipeline pipeline;

    private TestModels() {
    }

    public static synchronized ModelBundle models() {
        if (models == null) {
            models = ModelBundle.load(cacheDir());
            pipeline = Pipeline.standard(models);
        }
        return models;
    }

    public static synchronized Pipeline pipeline() {
        models();
        return pipeline;
    }

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
