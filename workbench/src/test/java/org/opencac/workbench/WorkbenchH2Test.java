package org.opencac.workbench;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.workbench.testing.TestService;

/** The workbench contract on the embedded H2 file database (always runs). */
class WorkbenchH2Test extends WorkbenchContract {
    private static TestService service;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        service = TestService.start(TestService.h2(dir));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Override
    TestService service() {
        return service;
    }
}
