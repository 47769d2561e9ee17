package org.opencac.workbench;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencac.workbench.testing.TestService;

/** The workbench contract on the embedded H2 file database (always runs). */
class WorkbenchH2Test extends WorkbenchContract {
    private static TestService service;

    @BeforeAll
    static void start() throws IOException {
        service = TestService.start(TestService.h2(Files.createTempDirectory("opencac-wb-h2")));
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
