package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.opencac.engine.coding.CodeResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeTableFileTest {
    @TempDir
    Path dir;

    private static Map<String, List<String>> table() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("E11.6", List.of("E11.69"));
        t.put("N18.30", List.of("N18.31 3a stage", "N18.32 3b stage", "|"));
        t.put("Z99", List.of());
        t.put("caf\u00e9", List.of("na\u00efve words"));
        return t;
    }

    @Test
    void a_table_reads_back_as_written_in_order() throws IOException {
        Path f = dir.resolve("t-1.bin");
        CodeTableFile.write(f, "key", table());
        Map<String, List<String>> read = CodeTableFile.read(f, "key");
        assertEquals(table(), read);
        assertEquals(List.copyOf(table().keySet()), List.copyOf(read.keySet()));
    }

    @Test
    void a_table_made_for_another_key_is_refused() throws IOException {
        Path f = dir.resolve("t-1.bin");
        CodeTableFile.write(f, "key", table());
        assertThrows(IOException.class, () -> CodeTableFile.read(f, "other key"));
    }

    @Test
    void a_damaged_or_truncated_table_is_refused() throws IOException {
        Path f = dir.resolve("t-1.bin");
        CodeTableFile.write(f, "key", table());
        byte[] good = Files.readAllBytes(f);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        Files.write(f, flipped);
        assertThrows(IOException.class, () -> CodeTableFile.read(f, "key"));
        for (int length : new int[] {0, 8, good.length / 2, good.length - 1}) {
            Files.write(f, Arrays.copyOf(good, length));
            assertThrows(IOException.class, () -> CodeTableFile.read(f, "key"), "length " + length);
        }
    }

    @Test
    void a_missing_or_damaged_table_is_made_again_and_replaces_those_of_other_keys() throws IOException {
        Path f = dir.resolve("t-aaaa.bin");
        Path older = dir.resolve("t-bbbb.bin");
        Path unrelated = dir.resolve("u-bbbb.bin");
        CodeTableFile.write(older, "old key", table());
        Files.writeString(unrelated, "kept");
        AtomicInteger builds = new AtomicInteger();
        Map<String, List<String>> made = CodeTableFile.readOrBuild(f, "key", () -> {
            builds.incrementAndGet();
            return table();
        }, t -> t);
        assertEquals(table(), made);
        assertEquals(1, builds.get());
        assertFalse(Files.exists(older));
        assertTrue(Files.exists(unrelated));
        assertEquals(table(), CodeTableFile.readOrBuild(f, "key", () -> {
            builds.incrementAndGet();
            return Map.of();
        }, t -> t));
        assertEquals(1, builds.get(), "read, not made again");
        Files.write(f, new byte[] {1, 2, 3});
        CodeTableFile.readOrBuild(f, "key", () -> {
            builds.incrementAndGet();
            return table();
        }, t -> t);
        assertEquals(2, builds.get());
        assertEquals(table(), CodeTableFile.read(f, "key"));
    }

    @Test
    void what_the_decoder_rejects_is_made_again() throws IOException {
        Path f = dir.resolve("t-aaaa.bin");
        CodeTableFile.write(f, "key", Map.of("X", List.of("not a code")));
        String out = CodeTableFile.readOrBuild(f, "key", () -> Map.of("A", List.of("B")), t -> {
            if (t.containsKey("X")) {
                throw new IllegalStateException("names a code not in the code set: X");
            }
            return t.get("A").get(0);
        });
        assertEquals("B", out);
    }

    @Test
    void the_key_changes_with_its_parts() {
        String a = CodeTableFile.key(List.of("x", "1"), List.of(CodeTableFile.class));
        assertEquals(a, CodeTableFile.key(List.of("x", "1"), List.of(CodeTableFile.class)));
        assertNotEquals(a, CodeTableFile.key(List.of("x", "2"), List.of(CodeTableFile.class)));
        assertNotEquals(a, CodeTableFile.key(List.of("x", "1"), List.of(CodeResolver.class)));
    }
}
