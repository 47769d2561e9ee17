package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @Test
    void aFolderIsRemovedWithItsNestedFilesAndItsSiblingsStay(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("cache");
        Files.createDirectories(tree.resolve("a/b"));
        Files.writeString(tree.resolve("a/b/file.txt"), "x");
        Files.writeString(tree.resolve("top.txt"), "y");
        Files.writeString(dir.resolve("sibling.txt"), "z");

        FileTrees.delete(tree);

        assertFalse(Files.exists(tree));
        assertTrue(Files.exists(dir.resolve("sibling.txt")));
    }

    @Test
    void aMissingFolderIsNoError(@TempDir Path dir) throws Exception {
        FileTrees.delete(dir.resolve("never-made"));
        assertFalse(Files.exists(dir.resolve("never-made")));
    }
}
