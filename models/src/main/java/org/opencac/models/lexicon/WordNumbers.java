package org.opencac.models.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A number for each distinct word of a closed vocabulary (the Alphabetic Index's subterm words and their stem
 * keys), given once at load; read only after, and shared by threads. A reader that has numbered its own words
 * the same way matches them by number, not by comparing strings. A word outside the vocabulary has none (-1).
 */
public final class WordNumbers {
    /** No word numbered: every word is read by its string. */
    public static final WordNumbers NONE = new Builder().build();

    /** The words by number. */
    private final String[] words;
    /** Open addressing by the word's hash: number + 1 in each used slot, 0 in a free one. */
    private final int[] slots;
    private final int mask;

    private WordNumbers(List<String> words) {
        this.words = words.toArray(new String[0]);
        int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 2 + 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int n = 0; n < this.words.length; n++) {
            int i = spread(this.words[n].hashCode()) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = n + 1;
        }
    }

    /** How many words are numbered. */
    public int size() {
        return words.length;
    }

    /** The word of a number (its string as numbered: the same instance for every reader). */
    public String word(int number) {
        return words[number];
    }

    /** The number of a word, or -1 when it is not numbered. */
    public int number(String word) {
        return find(word, word.length(), word.hashCode());
    }

    /**
     * The number of the word's first {@code length} letters (a stem key), or -1, without copying them; the word
     * itself when it is no longer.
     */
    public int prefixNumber(String word, int length) {
        if (length >= word.length()) {
            return number(word);
        }
        int h = 0;
        for (int k = 0; k < length; k++) {
            h = 31 * h + word.charAt(k);   // String.hashCode of the prefix
        }
        return find(word, length, h);
    }

    private int find(String word, int length, int hash) {
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            String w = words[slot - 1];
            if (w.length() == length && w.regionMatches(0, word, 0, length)) {
                return slot - 1;
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Numbers words as they are first added. */
    public static final class Builder {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        /** The word's number, given now if it has none. */
        public int add(String word) {
            Integer n = numbers.get(word);
            if (n != null) {
                return n;
            }
            numbers.put(word, words.size());
            words.add(word);
            return words.size() - 1;
        }

        /** The word as first added (one instance shared by every term that has it). */
        public String canonical(int number) {
            return words.get(number);
        }

        public WordNumbers build() {
            return new WordNumbers(words);
        }
    }
}
