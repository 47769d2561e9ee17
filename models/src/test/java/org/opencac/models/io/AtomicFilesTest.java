package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void theTargetHoldsTheNewBytesAndNoTemporaryFileIsLeft() throws Exception {
        Path target = dir.resolve("table.bin");
        Files.writeString(target, "old");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        AtomicFiles.write(target, out -> out.write("streamed".getBytes()));
        assertEquals("streamed", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFileNotYetThereIsMade() throws Exception {
        Path target = dir.resolve("new.bin");
        AtomicFiles.write(target, new byte[] {7});
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldBytesAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("table.bin");
        Files.writeString(target, "old");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);   // past the buffer: on disk in the temporary file
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[10]);
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailedFirstWriteLeavesNoFile() throws Exception {
        Path target = dir.resolve("table.bin");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("stopped");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void aReaderMeanwhileSeesOneWholeVersionOrTheOtherNeverAPart() throws Exception {
        Path target = dir.resolve("table.bin");
        byte[] a = new byte[300_000];
        byte[] b = new byte[200_000];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        AtomicFiles.write(target, a);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> bad = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get() && bad.get() == null) {
                try {
                    byte[] seen = Files.readAllBytes(target);
                    reads.incrementAndGet();
                    if (!Arrays.equals(seen, a) && !Arrays.equals(seen, b)) {
                        bad.set("read " + seen.length + " bytes, neither version whole");
                    }
                } catch (IOException e) {
                    bad.set(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200 && bad.get() == null; i++) {
            AtomicFiles.write(target, i % 2 == 0 ? b : a);
        }
        done.set(true);
        reader.join(10_000);
        assertEquals(null, bad.get());
        assertTrue(reads.get() > 0);
        assertEquals(List.of(target), files());
    }

    @Test
    void aFileOfSecretsIsTheOwnersOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("keys.json");
        AtomicFiles.writeOwnerOnly(target, out -> out.write("{}".getBytes()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("{}", Files.readString(target));
        assertEquals(List.of(target), files());
    }
}
