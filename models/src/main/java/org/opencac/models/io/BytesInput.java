package org.opencac.models.io;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what a {@link java.io.DataOutputStream} wrote (the same format, the same values) from a whole file
 * held in memory. The cache files are read at every start; a {@link DataInputStream} over a buffered stream
 * makes one synchronized call per byte, which costs start-up time and JIT compilation of the call chains.
 * Reading past the end throws {@link EOFException}, as {@link DataInputStream} does.
 */
public final class BytesInput {
    private final byte[] bytes;
    private int pos;

    public BytesInput(byte[] bytes) {
        this.bytes = bytes;
    }

    public static BytesInput of(Path file) throws IOException {
        return new BytesInput(Files.readAllBytes(file));
    }

    private int need(int n) throws EOFException {
        if (n > bytes.length - pos) {
            throw new EOFException("cache file ends early, at byte " + pos + " of " + bytes.length);
        }
        int at = pos;
        pos += n;
        return at;
    }

    public int readInt() throws IOException {
        int at = need(4);
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                | (bytes[at + 3] & 0xff);
    }

    /** The next {@code n} bytes, copied out. */
    public byte[] readBytes(int n) throws IOException {
        if (n < 0) {
            throw new IOException("negative length " + n + " at byte " + pos);
        }
        int at = need(n);
        return java.util.Arrays.copyOfRange(bytes, at, at + n);
    }

    /** The next {@code n} ints (as {@link java.io.DataOutputStream#writeInt} wrote them), copied out in bulk. */
    public int[] readInts(int n) throws IOException {
        if (n < 0 || n > remaining() / 4) {
            throw new IOException("bad int count " + n + " at byte " + pos);
        }
        int at = need(n * 4);
        int[] out = new int[n];
        java.nio.ByteBuffer.wrap(bytes, at, n * 4).asIntBuffer().get(out);
        return out;
    }

    /**
     * A count written before the items it counts ({@link java.io.DataOutputStream#writeInt}), checked against the
     * bytes not read yet (each counted item takes at least one).
     */
    public int readCount() throws IOException {
        int n = readInt();
        if (n < 0 || n > remaining()) {
            throw new IOException("bad count " + n + " before byte " + pos);
        }
        return n;
    }

    /** The bytes not read yet (a bound for a count read from the file: each counted item takes at least one). */
    public int remaining() {
        return bytes.length - pos;
    }

    public byte readByte() throws IOException {
        return bytes[need(1)];
    }

    public boolean readBoolean() throws IOException {
        return bytes[need(1)] != 0;
    }

    public char readChar() throws IOException {
        int at = need(2);
        return (char) (((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff));
    }

    /** {@link DataInputStream#readUTF}: an unsigned 16-bit length, then modified UTF-8. */
    public String readUTF() throws IOException {
        int at = need(2);
        int length = ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
        int start = need(length);
        for (int i = start; i < start + length; i++) {
            if (bytes[i] < 0) {
                // Beyond ASCII: let the JDK decode modified UTF-8 (it also rejects malformed input).
                return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(bytes, at, length + 2)));
            }
        }
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
}
