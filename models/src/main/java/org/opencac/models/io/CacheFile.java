package org.opencac.models.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The frame of a binary cache file: a magic number and a format number before the body, the magic number again
 * after it, so that a file of another kind or format, or one cut short, is told when it is read (and is then
 * derived and written again). A checked file ({@link #writeChecked}) ends with a CRC-32 of all before it, so that
 * a damaged one is told too. A file is written whole or not at all ({@link AtomicFiles}).
 */
public final class CacheFile {
    private CacheFile() {
    }

    /** Writes a file's body. */
    @FunctionalInterface
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a file's body. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(BytesInput in) throws IOException;
    }

    /** Replaces {@code target} with the framed body; its folder must exist. */
    public static void write(Path target, int magic, int format, Body body) throws IOException {
        AtomicFiles.write(target, stream -> frame(new DataOutputStream(stream), magic, format, body));
    }

    /** As {@link #write}, the frame followed by a CRC-32 of it. */
    public static void writeChecked(Path target, int magic, int format, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        frame(out, magic, format, body);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        AtomicFiles.write(target, bytes.toByteArray());
    }

    private static void frame(DataOutputStream out, int magic, int format, Body body) throws IOException {
        out.writeInt(magic);
        out.writeInt(format);
        body.write(out);
        out.writeInt(magic);
        out.flush();
    }

    /**
     * The body of {@code file}, read by {@code reader}.
     *
     * @param what the kind of file, as an error names it ("index key cache")
     * @throws IOException when the file is of another kind or format, or does not read to its end marker
     */
    public static <T> T read(Path file, int magic, int format, String what, Reader<T> reader) throws IOException {
        return unframe(BytesInput.of(file), magic, format, what, file, reader);
    }

    /**
     * The body of a file {@link #writeChecked} wrote, read by {@code reader}.
     *
     * @throws IOException as {@link #read}, and when the file does not match its CRC or has bytes after its end marker
     */
    public static <T> T readChecked(Path file, int magic, int format, String what, Reader<T> reader)
            throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < Long.BYTES) {
            throw new IOException(what + " cut short: " + file);
        }
        int framed = all.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(all, 0, framed);
        if (ByteBuffer.wrap(all).getLong(framed) != crc.getValue()) {
            throw new IOException(what + " damaged, its content does not match its CRC: " + file);
        }
        BytesInput in = new BytesInput(Arrays.copyOf(all, framed));
        T value = unframe(in, magic, format, what, file, reader);
        if (in.remaining() != 0) {
            throw new IOException(what + " with bytes after its end marker: " + file);
        }
        return value;
    }

    private static <T> T unframe(BytesInput in, int magic, int format, String what, Path file, Reader<T> reader)
            throws IOException {
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
