package org.opencac.models.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replacing a file whole: the new content is written to a temporary file beside the target, then renamed over
 * it, so a reader (or a stop half-way) finds the old file or the new one, never a part of the new one. The
 * temporary file is gone afterwards, whether the write succeeded or failed. The target's folder must exist.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What goes into the file, written to a buffered stream (closed by {@link AtomicFiles}). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with what {@code content} writes. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), false);
    }

    /**
     * Replaces {@code target}, a file of secrets, with what {@code content} writes: the file is readable and
     * writable by its owner only from before its first byte is written (where the file system has POSIX
     * permissions; elsewhere it keeps the default ones). Where the file system cannot rename atomically, it is
     * renamed over the target all the same, so the file can still be saved there.
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
        try {
            if (ownerOnly) {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: keep the default permissions
                }
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                if (!ownerOnly) {
                    throw e;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
