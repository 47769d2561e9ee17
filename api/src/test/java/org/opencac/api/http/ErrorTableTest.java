package org.opencac.api.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's error table is the one generated from {@link ErrorKind}; regenerate it with the text in the message. */
class ErrorTableTest {

    @Test
    void readmeErrorTableMatchesTheEnum() throws Exception {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme).replace("\r\n", "\n");
        String table = ErrorKind.markdownTable();
        assertTrue(text.contains(table), "README.md's error table differs from ErrorKind; it must be:\n" + table);
    }

    @Test
    void everyKindHasAStableDistinctTypeAndA4xxOr5xxStatus() {
        java.util.Set<String> types = new java.util.HashSet<>();
        for (ErrorKind k : ErrorKind.values()) {
            assertTrue(k.status() >= 400 && k.status() < 600, k.name());
            assertTrue(types.add(k.type()), k.type());
            assertTrue(k.code().matches("[a-z_]+"), k.code());
        }
    }
}
