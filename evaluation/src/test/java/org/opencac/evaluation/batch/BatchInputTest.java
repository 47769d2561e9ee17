package org.opencac.evaluation.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputTest {
    @TempDir
    Path dir;

    @Test
    void countingAFolderOrJsonLinesAgreesWithReadingThemAndStopsAtTheLimit() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("notes"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(folder.resolve("n" + i + ".txt"), "Assessment: asthma.");
        }
        Files.writeString(folder.resolve("README.md"), "not a note");
        Path jsonl = Files.writeString(dir.resolve("notes.jsonl"),
                "{\"id\":\"a\",\"text\":\"Asthma.\"}\n\n{\"id\":\"b\",\"text\":\"Gout.\"}\n{\"id\":\"c\",\"text\":\"Flu.\"}\n");
        BatchInput input = new BatchInput();
        assertEquals(input.read(folder).size(), input.countUpTo(folder, 100));
        assertEquals(4, input.countUpTo(folder, 100));
        assertEquals(input.read(jsonl).size(), input.countUpTo(jsonl, 100));
        assertEquals(3, input.countUpTo(jsonl, 100));
        assertEquals(2, input.countUpTo(jsonl, 2));
        assertEquals(1, input.countUpTo(folder, 1));
    }
}
