package org.opencac.models.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Read-only strings kept as ranges of one array of UTF-8 bytes, found by their {@link String#hashCode} in an
 * open-addressing table: a set of a few hundred thousand strings in five arrays instead of a string, a byte array
 * and a map node each. A cache reads the arrays as they are, and the collector has nothing in them to copy or
 * mark. Ranges may share bytes: the first words of a key are the first bytes of the key's range.
 */
public final class PackedStrings {
    private final byte[] bytes;
    private final int[] start;
    private final int[] length;
    private final int[] hash;
    /** By {@link #mix} of a string's hash: its index + 1, or 0 for an empty slot (linear probing). */
    private final int[] slots;
    private final int mask;

    private PackedStrings(byte[] bytes, int[] start, int[] length, int[] hash, int[] slots) {
        this.bytes = bytes;
        this.start = start;
        this.length = length;
        this.hash = hash;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /**
     * The strings whose ranges and hashes these are, with their table as {@link #slots()} gave it (a cache
     * reader's: the arrays are taken, not copied).
     *
     * @throws IllegalArgumentException when the arrays do not hold together (lengths, a range outside the bytes,
     *                                  a slot naming no string, a table with no empty slot)
     */
    public static PackedStrings of(byte[] bytes, int[] start, int[] length, int[] hash, int[] slots) {
        int n = start.length;
        if (length.length != n || hash.length != n || slots.length != slotCount(n)) {
            throw new IllegalArgumentException("packed strings of " + n + " starts, " + length.length + " lengths, "
                    + hash.length + " hashes and " + slots.length + " slots");
        }
        for (int i = 0; i < n; i++) {
            if (start[i] < 0 || length[i] < 0 || start[i] > bytes.length - length[i]) {
                throw new IllegalArgumentException("packed string " + i + " outside the bytes");
            }
        }
        int used = 0;
        for (int s : slots) {
            if (s < 0 || s > n) {
                throw new IllegalArgumentException("slot names no string: " + s);
            }
            used += s == 0 ? 0 : 1;
        }
        if (used != n) {
            throw new IllegalArgumentException(used + " slots used for " + n + " strings");
        }
        return new PackedStrings(bytes, start, length, hash, slots);
    }

    /** The table size for {@code n} strings: a power of two at least twice {@code n}, so probes stay short. */
    static int slotCount(int n) {
        return Integer.highestOneBit(Math.max(8, n * 2) - 1) << 1;
    }

    /** Number of strings. */
    public int size() {
        return start.length;
    }

    /** The index of {@code s}, or -1. */
    public int indexOf(String s) {
        int h = s.hashCode();
        for (int i = mix(h) & mask; ; i = i + 1 & mask) {
            int at = slots[i] - 1;
            if (at < 0) {
                return -1;
            }
            if (hash[at] == h && equalsAt(at, s)) {
                return at;
            }
        }
    }

    /** The string at {@code index}, made anew. */
    public String get(int index) {
        return new String(bytes, start[index], length[index], StandardCharsets.UTF_8);
    }

    private boolean equalsAt(int index, String s) {
        int n = length[index];
        int len = s.length();
        if (n < len) {
            return false;   // UTF-8 takes at least one byte per UTF-16 char
        }
        int p = start[index];
        if (n == len) {
            for (int j = 0; j < len; j++) {
                char c = s.charAt(j);
                if (c >= 0x80) {
                    return get(index).equals(s);
                }
                if (bytes[p + j] != c) {
                    return false;   // an ASCII char against another one, or against part of a longer char
                }
            }
            return true;
        }
        return get(index).equals(s);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ h >>> 16;
    }

    /** The shared bytes, for a cache to keep (not copied). */
    public byte[] bytes() {
        return bytes;
    }

    /** Where each string's bytes begin, for a cache to keep (not copied). */
    public int[] starts() {
        return start;
    }

    /** Each string's length in bytes, for a cache to keep (not copied). */
    public int[] lengths() {
        return length;
    }

    /** Each string's {@link String#hashCode}, for a cache to keep (not copied). */
    public int[] hashes() {
        return hash;
    }

    /** The look-up table, for a cache to keep (not copied). */
    public int[] slots() {
        return slots;
    }

    /**
     * Gathers strings into shared bytes: each added with bytes of its own ({@link #add}) or as a range already
     * there ({@link #addRange}); {@link #table} then makes the look-up of a set of them.
     */
    static final class Bytes {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        /** Appends the string's UTF-8 bytes; returns where they begin. */
        int append(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (size + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
            return size - b.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** The strings of one table while they are gathered: their ranges in a {@link Bytes} and their hashes. */
    static final class Table {
        private final Bytes bytes;
        private int[] start = new int[16];
        private int[] length = new int[16];
        private int[] hash = new int[16];
        private int size;

        Table(Bytes bytes) {
            this.bytes = bytes;
        }

        /** Adds {@code s} with bytes of its own; returns its index. */
        int add(String s) {
            int at = bytes.append(s);
            return addRange(s, at, s.getBytes(StandardCharsets.UTF_8).length);
        }

        /** Adds {@code s}, whose UTF-8 bytes are already at {@code [at, at + byteLength)}; returns its index. */
        int addRange(String s, int at, int byteLength) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                length = Arrays.copyOf(length, size * 2);
                hash = Arrays.copyOf(hash, size * 2);
            }
            start[size] = at;
            length[size] = byteLength;
            hash[size] = s.hashCode();
            return size++;
        }

        int start(int index) {
            return start[index];
        }

        /** The strings added, over {@code shared} (the {@link Bytes}' array once all tables are gathered). */
        PackedStrings build(byte[] shared) {
            int[] slots = new int[slotCount(size)];
            int m = slots.length - 1;
            for (int k = 0; k < size; k++) {
                int i = mix(hash[k]) & m;
                while (slots[i] != 0) {
                    i = i + 1 & m;
                }
                slots[i] = k + 1;
            }
            return new PackedStrings(shared, Arrays.copyOf(start, size), Arrays.copyOf(length, size),
                    Arrays.copyOf(hash, size), slots);
        }
    }
}
