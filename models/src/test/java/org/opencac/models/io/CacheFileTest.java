package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFileTest {
    private static final int MAGIC = 0x0CAC7E57;

    @Test
    void aWrittenBodyIsReadBackBetweenItsMarkers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.bin");
        CacheFile.write(file, MAGIC, 3, out -> out.writeUTF("body"));
        assertEquals("body", CacheFile.read(file, MAGIC, 3, "test cache", BytesInput::readUTF));
        assertEquals(4 + 4 + 2 + 4 + 4, Files.size(file));   // magic, format, the string, magic
    }

    @Test
    void aFileOfAnotherFormatIsNotRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.bin");
        CacheFile.write(file, MAGIC, 3, out -> out.writeUTF("body"));
        IOException e = assertThrows(IOException.class,
                () -> CacheFile.read(file, MAGIC, 4, "test cache", BytesInput::readUTF));
        assertTrue(e.getMessage().startsWith("test cache of another kind or format"), e.getMessage());
    }

    @Test
    void aFileCutBeforeItsEndMarkerIsNotRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.bin");
        CacheFile.write(file, MAGIC, 3, out -> out.writeUTF("body"));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 4));
        assertThrows(IOException.class, () -> CacheFile.read(file, MAGIC, 3, "test cache", BytesInput::readUTF));
    }

    @Test
    void aCheckedFileIsReadBackAndEndsWithTheCrcOfItsFrame(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.bin");
        CacheFile.writeChecked(file, MAGIC, 3, out -> out.writeUTF("body"));
        assertEquals("body", CacheFile.readChecked(file, MAGIC, 3, "test cache", BytesInput::readUTF));
        assertEquals(4 + 4 + 2 + 4 + 4 + 8, Files.size(file));   // the frame, then its CRC
    }

    @Test
    void aCheckedFileWithAByteChangedIsNotRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.bin");
        CacheFile.writeChecked(file, MAGIC, 3, out -> out.writeUTF("body"));
        byte[] whole = Files.readAllBytes(file);
        byte[] damaged = whole.clone();
        damaged[10] ^= 1;   // a letter of the body: the frame still reads
        Files.write(file, damaged);
        IOException e = assertThrows(IOException.class,
                () -> CacheFile.readChecked(file, MAGIC, 3, "test cache", BytesInput::readUTF));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        for (int length : new int[] {0, 7, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertThrows(IOException.class, () -> CacheFile.readChecked(file, MAGIC, 3, "test cache",
                    BytesInput::readUTF), "length " + length);
        }
    }
}
