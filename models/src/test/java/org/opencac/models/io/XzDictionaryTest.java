package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

/**
 * The xz decoder allocates the dictionary the file declares, whatever the file's size: a file compressed
 * at plain {@code xz -9} costs 64 MiB of heap to open, which the service pays at every start within a
 * 512 MB heap. Every bundled file must declare a dictionary sized to its content.
 */
class XzDictionaryTest {

    @Test
    void everyBundledXzFileOpensWithinMemoryForItsOwnSize() throws IOException, URISyntaxException {
        Path data = Path.of(Resources.class.getResource("/org/opencac/models/data/PROVENANCE.md").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> all = Files.walk(data)) {
            files = all.filter(p -> p.toString().endsWith(".xz")).toList();
        }
        assertFalse(files.isEmpty(), "no bundled .xz files under " + data);
        for (Path file : files) {
            long size;
            try (InputStream in = new XZInputStream(Files.newInputStream(file))) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            // the smallest power of two >= size (at least 4 KiB), plus the decoder's own ~100 KiB
            long dictionary = Math.max(4096, Long.highestOneBit(Math.max(1, size - 1)) << 1);
            int limitKiB = (int) (dictionary / 1024 + 256);
            assertDoesNotThrow(() -> {
                try (InputStream in = new XZInputStream(Files.newInputStream(file), limitKiB)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }, file.getFileName() + " (" + size + " bytes) declares a dictionary above " + dictionary
                    + " bytes: recompress it with xz -9 --lzma2=preset=9,dict=" + dictionary);
        }
    }

}
