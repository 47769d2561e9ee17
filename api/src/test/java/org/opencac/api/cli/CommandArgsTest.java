package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandArgsTest {
    @Test
    void anOptionAtTheEndHasNoValue() {
        assertEquals("7", CommandArgs.value(List.of("--top", "7"), 1, "--top"));
        UsageException e = assertThrows(UsageException.class, () -> CommandArgs.value(List.of("--top"), 1, "--top"));
        assertEquals("--top needs a value", e.getMessage());
    }

    @Test
    void aCountMustBeAWholeNumberAboveZero() {
        assertEquals(3, CommandArgs.positive("3", "--threads"));
        for (String bad : List.of("0", "-2", "two")) {
            UsageException e = assertThrows(UsageException.class, () -> CommandArgs.positive(bad, "--threads"));
            assertEquals("--threads must be a positive whole number", e.getMessage());
        }
    }

    @Test
    void aCommandReadsOneFileAndNoUnknownOption() {
        assertEquals(Path.of("notes.jsonl"), CommandArgs.positional("notes.jsonl", null));
        assertThrows(UsageException.class, () -> CommandArgs.positional("other.jsonl", Path.of("notes.jsonl")));
        UsageException e = assertThrows(UsageException.class, () -> CommandArgs.positional("--colour", null));
        assertEquals("unexpected argument --colour", e.getMessage());
    }
}
