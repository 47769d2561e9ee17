package org.opencac.engine.cpt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of a fixed list of literals a text contains ({@link String#contains}), or where the first of them is
 * written, found in one pass over the text instead of one search per literal: at each character the literals
 * whose first two characters are written there are compared. A literal of one character, or whose first two are
 * not ASCII, is searched on its own.
 */
final class LiteralScan {
    private final List<String> literals;
    /** The literals' characters, by id. */
    private final char[][] chars;
    /** For an ASCII pair of first characters (first * 128 + second): the literals starting with it. */
    private final int[][] byFirstTwo = new int[128 * 128][];
    /**
     * One bit per ASCII pair of first characters: set when {@link #byFirstTwo} has literals for it. Small enough
     * to stay in the processor's cache, it settles most characters of a text without reading the table.
     */
    private final long[] pairUsed = new long[128 * 128 / 64];
    /**
     * By pair: one bit per third character (its low six bits) that a literal of the pair has there, all bits for a
     * pair with a two-character literal; a place whose third character has no bit is passed over without
     * comparing the pair's literals.
     */
    private final long[] thirdChars = new long[128 * 128];
    /** The literals not in {@link #byFirstTwo}, each searched on its own. */
    private final int[] searchedAlone;

    LiteralScan(List<String> literals) {
        this.literals = List.copyOf(literals);
        this.chars = this.literals.stream().map(String::toCharArray).toArray(char[][]::new);
        List<Integer> alone = new ArrayList<>();
        for (int id = 0; id < this.literals.size(); id++) {
            String l = this.literals.get(id);
            if (l.length() < 2 || l.charAt(0) >= 128 || l.charAt(1) >= 128) {
                alone.add(id);
                continue;
            }
            int key = l.charAt(0) * 128 + l.charAt(1);
            int[] ids = byFirstTwo[key];
            int[] more = ids == null ? new int[1] : java.util.Arrays.copyOf(ids, ids.length + 1);
            more[more.length - 1] = id;
            byFirstTwo[key] = more;
            pairUsed[key >>> 6] |= 1L << key;
            thirdChars[key] |= l.length() == 2 ? -1L : 1L << l.charAt(2);
        }
        this.searchedAlone = alone.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The first place at or after {@code from} where one of the literals is written ({@code indexOf} of each,
     * the least), or -1: one pass over the text for all of them.
     */
    int indexOfAny(String text, int from) {
        return indexOfAny(ScannedText.of(text), from);
    }

    /** As {@link #indexOfAny(String, int)}, reading the text's characters from its array. */
    int indexOfAny(ScannedText scanned, int from) {
        String text = scanned.text();
        char[] t = scanned.chars();
        int first = -1;
        for (int id : searchedAlone) {
            int at = text.indexOf(literals.get(id), from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int end = first >= 0 ? first : t.length - 1;
        for (int i = Math.max(0, from); i < end; i++) {
            int key = startAt(t, i);
            if (key < 0) {
                continue;
            }
            for (int id : byFirstTwo[key]) {
                if (startsWith(t, i, chars[id])) {
                    return i;
                }
            }
        }
        return first;
    }

    /**
     * The pair index ({@link #pair}) of the characters at {@code i} when a literal may start there (its first two
     * characters, and its third where the text has one, are some literal's), or -1.
     */
    private int startAt(char[] t, int i) {
        int key = pair(t[i], t[i + 1]);
        if (key < 0 || (pairUsed[key >>> 6] & 1L << key) == 0
                || i + 2 < t.length && (thirdChars[key] & 1L << t[i + 2]) == 0) {
            return -1;
        }
        return key;
    }

    /** The index of an ASCII pair of characters in {@link #byFirstTwo}, or -1 when either is not ASCII. */
    private static int pair(char c, char next) {
        return (c | next) >= 128 ? -1 : c * 128 + next;
    }

    /** Per literal, in list order: whether {@code text} contains it. */
    boolean[] in(String text) {
        return in(ScannedText.of(text));
    }

    /** As {@link #in(String)}, reading the text's characters from its array. */
    boolean[] in(ScannedText scanned) {
        String text = scanned.text();
        boolean[] found = new boolean[literals.size()];
        for (int id : searchedAlone) {
            found[id] = text.contains(literals.get(id));
        }
        char[] t = scanned.chars();
        for (int i = 0; i + 1 < t.length; i++) {
            int key = startAt(t, i);
            if (key < 0) {
                continue;
            }
            for (int id : byFirstTwo[key]) {
                if (!found[id] && startsWith(t, i, chars[id])) {
                    found[id] = true;
                }
            }
        }
        return found;
    }

    /**
     * Per literal, in list order: where it first stands as a whole word in the text
     * ({@link WholeWord#indexIn(String, String)} of each), or -1; one pass over the text for all of them.
     */
    int[] firstWholeWords(ScannedText scanned) {
        String text = scanned.text();
        int[] first = new int[literals.size()];
        Arrays.fill(first, -1);
        for (int id : searchedAlone) {
            first[id] = WholeWord.indexIn(text, literals.get(id));
        }
        char[] t = scanned.chars();
        for (int i = 0; i + 1 < t.length; i++) {
            int key = startAt(t, i);
            if (key < 0) {
                continue;
            }
            for (int id : byFirstTwo[key]) {
                if (first[id] < 0 && startsWith(t, i, chars[id]) && WholeWord.standsAlone(t, i, i + chars[id].length)) {
                    first[id] = i;
                }
            }
        }
        return first;
    }

    /** Whether {@code literal} is written in {@code text} at {@code at} (its first two characters known to be). */
    private static boolean startsWith(char[] text, int at, char[] literal) {
        if (at + literal.length > text.length) {
            return false;
        }
        for (int k = 2; k < literal.length; k++) {
            if (text[at + k] != literal[k]) {
                return false;
            }
        }
        return true;
    }
}
