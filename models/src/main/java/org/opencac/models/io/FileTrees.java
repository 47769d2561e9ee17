package org.opencac.models.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removing a folder with everything under it (caches, scratch folders). */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code root} and everything under it, deepest first; nothing happens when it does not exist. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> paths = Files.walk(root)) {
            deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : deepestFirst) {
            Files.deleteIfExists(p);
        }
    }

    /** Deletes {@code root} when the JVM exits (best effort), for a scratch folder that lives as long as the JVM. */
    public static void deleteAtExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(root);
            } catch (IOException e) {
                // best effort at exit: the folder is under the system's temporary directory
            }
        }, "delete " + root.getFileName()));
    }
}
