package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AssertionEvalCommandTest {
    @Test
    void aFileInAFrozenFolderIsAFrozenPart() {
        assertTrue(AssertionEvalCommand.isFrozenPart(Path.of("corpus/assertion/frozen/assertion-frozen.tsv")));
    }

    @Test
    void theTunedSetIsNotAFrozenPart() {
        assertFalse(AssertionEvalCommand.isFrozenPart(Path.of("corpus/assertion/assertion-sentences.tsv")));
        assertFalse(AssertionEvalCommand.isFrozenPart(Path.of("corpus/assertion/frozen-notes.tsv")));
    }
}
