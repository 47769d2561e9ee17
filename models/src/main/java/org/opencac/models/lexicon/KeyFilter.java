package org.opencac.models.lexicon;

import java.util.Collection;

/**
 * A compact, read-only answer to "could this string be a lexicon key, or the first words of one?", asked
 * before the lexicon's hash maps: most word runs of a note are neither, and one probe of this table (a byte
 * array about four times the entry count, small enough to stay in the processor's cache, no string compared)
 * settles those. "No" is exact: every stored string is found. "Maybe" is not (a slot holds only six bits of
 * a hash, shared by every stored string with those bits on the probe path), so the caller confirms it in the
 * map itself. The lexicon and the Alphabetic Index's key look-up ask one first.
 */
public final class KeyFilter {
    public static final int KEY = 1;
    public static final int PREFIX = 2;
    private static final int FLAGS = KEY | PREFIX;

    /** Each used slot: six bits of a string's hash (never all zero with the flags) with the flags stored there. */
    private final byte[] slots;
    private final int mask;

    public KeyFilter(Collection<String> keys, Collection<String> prefixes) {
        int size = slotCount(keys.size(), prefixes.size());
        this.slots = new byte[size];
        this.mask = size - 1;
        for (String k : keys) {
            add(k, KEY);
        }
        for (String p : prefixes) {
            add(p, PREFIX);
        }
    }

    private KeyFilter(byte[] slots) {
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /** The number of slots a filter of this many keys and prefixes has (a power of two). */
    public static int slotCount(int keys, int prefixes) {
        int wanted = Math.max(16, (keys + prefixes) * 2);
        return Integer.highestOneBit(wanted - 1) << 1;
    }

    /**
     * The filter whose {@link #slots()} these are (a cache reader's; the array is taken, not copied).
     *
     * @throws IllegalArgumentException when the length is not a power of two of at least 16
     */
    public static KeyFilter ofSlots(byte[] slots) {
        if (slots.length < 16 || Integer.bitCount(slots.length) != 1) {
            throw new IllegalArgumentException("not a key filter's slot count: " + slots.length);
        }
        return new KeyFilter(slots);
    }

    /** A copy of the slots, for a cache to keep ({@link #ofSlots}). */
    public byte[] slots() {
        return slots.clone();
    }

    /** The flags ({@link #KEY}, {@link #PREFIX}) the strings stored with this string's tag carry; 0: neither. */
    public int flags(String s) {
        return flags(s.hashCode());
    }

    /** As {@link #flags(String)}, for a string whose {@link String#hashCode} is {@code hash} (the string unmade). */
    public int flags(int hash) {
        int h = mix(hash);
        int tag = tag(h);
        for (int i = h & mask; ; i = i + 1 & mask) {
            int slot = slots[i] & 0xFF;
            if (slot == 0) {
                return 0;
            }
            if ((slot & ~FLAGS) == tag) {
                return slot & FLAGS;
            }
        }
    }

    private void add(String s, int flag) {
        int h = mix(s.hashCode());
        int tag = tag(h);
        for (int i = h & mask; ; i = i + 1 & mask) {
            int slot = slots[i] & 0xFF;
            if (slot == 0 || (slot & ~FLAGS) == tag) {
                slots[i] = (byte) (slot | tag | flag);
                return;
            }
        }
    }

    /** The hash's top six bits, shifted clear of the flag bits (read back as an unsigned byte). */
    private static int tag(int h) {
        return (h >>> 26) << 2;
    }

    /** Spreads a string hash's bits (so that similar keys fall in distant slots). */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ h >>> 16;
    }
}
