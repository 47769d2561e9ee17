package org.opencac.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

/** Loads the real bundled models once per test JVM, with the index in a private temporary cache. */
public final class TestModels {
    private static ModelBundle models;
    private static Pipeline pipeline;

    private TestModels() {
    }

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

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(models());
        }
        return pipeline;
    }
}
