package org.opencac.workbench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencac.workbench.store.StoreSettings;
import org.opencac.workbench.testing.TestService;

/**
 * The workbench contract on PostgreSQL, when {@code OPENCAC_TEST_PG_URL} names a reachable server
 * ({@code .ci/run} starts one); skipped with a visible message otherwise.
 */
class WorkbenchPostgresTest extends WorkbenchContract {
    private static TestService service;

    @BeforeAll
    static void start() {
        StoreSettings pg = TestService.postgres("workbench_contract");
        if (pg == null) {
            System.err.println("SKIPPED WorkbenchPostgresTest: set OPENCAC_TEST_PG_URL (and _USER, _PASSWORD) to a "
                    + "reachable PostgreSQL to run the store tests against it");
        }
        assumeTrue(pg != null, "PostgreSQL not configured or not reachable (OPENCAC_TEST_PG_URL)");
        service = TestService.start(pg);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Override
    TestService service() {
        return service;
    }
}
