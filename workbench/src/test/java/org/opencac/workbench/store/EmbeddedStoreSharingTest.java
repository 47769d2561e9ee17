package org.opencac.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two services started with the same cache folder share its embedded workbench database: the second
 * process opens it while the first holds it, and sees what the first wrote (before, it waited forever).
 */
class EmbeddedStoreSharingTest {

    @Test
    void aSecondProcessOpensTheEmbeddedStoreWhileTheFirstHoldsIt(@TempDir Path dir) throws Exception {
        String url = StoreSettings.embeddedUrl(dir);
        try (Store first = Store.open(new StoreSettings(url, "", "", 2))) {
            first.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table sharing_probe(v int)");
                    s.execute("insert into sharing_probe values (42)");
                }
                return null;
            });

            Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondProcess.class.getName(), url))
                    .redirectErrorStream(true).start();
            boolean finished = second.waitFor(90, TimeUnit.SECONDS);
            if (!finished) {
                second.destroyForcibly();
            }
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(finished, "the second process could not open the store within 90 s:\n" + output);
            assertEquals(0, second.exitValue(), output);
            assertTrue(output.contains("probe=42"), output);
        }
    }

    /** The second service: opens the same store and reads what the first wrote. */
    public static final class SecondProcess {
        public static void main(String[] args) throws IOException {
            try (Store store = Store.open(new StoreSettings(args[0], "", "", 2))) {
                int v = store.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select v from sharing_probe")) {
                        r.next();
                        return r.getInt(1);
                    }
                });
                System.out.println("probe=" + v);
            }
        }
    }
}
