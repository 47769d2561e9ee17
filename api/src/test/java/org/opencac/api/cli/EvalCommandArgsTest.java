package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandArgsTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}\n");
    }

    @Test
    void notesAndPartAreParsed() throws IOException {
        Path gold = file("gold.jsonl");
        Path notes = file("notes.jsonl.xz");
        EvalCommand.Args args = EvalCommand.Args.parse(
                List.of(gold.toString(), "--notes", notes.toString(), "--part", "Frozen"), 2);
        assertEquals(notes, args.notes());
        assertEquals("frozen", args.part());
        assertNull(EvalCommand.Args.parse(List.of(gold.toString()), 2).notes());
    }

    @Test
    void aMissingNotesFileIsAClearUsageError() throws IOException {
        Path gold = file("gold.jsonl");
        UsageException e = assertThrows(UsageException.class, () -> EvalCommand.Args.parse(
                List.of(gold.toString(), "--notes", dir.resolve("absent.jsonl").toString()), 2));
        assertTrue(e.getMessage().contains("no such notes file"), e.getMessage());
    }

    @Test
    void partNeedsNotesAndAKnownHalf() throws IOException {
        Path gold = file("gold.jsonl");
        Path notes = file("notes.jsonl");
        assertThrows(UsageException.class, () -> EvalCommand.Args.parse(List.of(gold.toString(), "--part", "tuning"), 2));
        assertThrows(UsageException.class, () -> EvalCommand.Args.parse(
                List.of(gold.toString(), "--notes", notes.toString(), "--part", "test"), 2));
    }
}
