package org.opencac.models;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.opencac.models.io.AtomicFiles;

/**
 * The frame of a binary cache file: a magic number and a format number before the body, the magic number again
 * after it, so that a file of another kind or format, or one cut short, is told when it is read (and is then
 * derived and written again). A file is written whole or not at all ({@link AtomicFiles}).
 */
final class CacheFile {
    private CacheFile() {
    }

    /** Writes a file's body. */
    @FunctionalInterface
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a file's body. */
    @FunctionalInterface
    interface Reader<T> {
        T read(BytesInput in) throws IOException;
    }

    /** Replaces {@code target} with the framed body; its folder must exist. */
    static void write(Path target, int magic, int format, Body body) throws IOException {
        AtomicFiles.write(target, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeInt(magic);
            out.writeInt(format);
            body.write(out);
            out.writeInt(magic);
        });
    }

    /**
     * The body of {@code file}, read by {@code reader}.
     *
     * @param what the kind of file, as an error names it ("index key cache")
     * @throws IOException when the file is of another kind or format, or does not read to its end marker
     */
    static <T> T read(Path file, int magic, int format, String what, Reader<T> reader) throws IOException {
        BytesInput in = BytesInput.of(file);
        if (in.readInt() != magic || in.readInt() != format) {
            throw new IOException(what + " of another kind or format: " + file);
        }
        T value = reader.read(in);
        if (in.readInt() != magic) {
            throw new IOException(what + " cut short: " + file);
        }
        return value;
    }
}
