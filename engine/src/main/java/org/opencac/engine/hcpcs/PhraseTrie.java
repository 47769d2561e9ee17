package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of word sequences built once, matched in one pass over a note's words: from each start
 * word it follows the trie as far as the words allow and reports the longest phrase that ends there.
 * One word that is not in the phrase may sit inside it ("short arm fiberglass cast" matches "short arm
 * cast"), never before its first word. Immutable after {@link #freeze}; thread-safe to read.
 *
 * @param <T> what a phrase leads to
 */
final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();
    private boolean frozen;

    private static final class Node<T> {
        private final Map<String, Node<T>> next = new HashMap<>();
        private final List<T> values = new ArrayList<>();
    }

    /**
     * A phrase found in the words.
     *
     * @param first  index of its first word
     * @param end    index one past its last word
     * @param values what the phrase leads to (several when phrases of several entries coincide)
     */
    record Match<T>(int first, int end, List<T> values) {
    }

    /** Adds a phrase (normalized words, at least one). */
    void add(List<String> words, T value) {
        if (frozen) {
            throw new IllegalStateException("the phrase dictionary is frozen");
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one word");
        }
        Node<T> n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    PhraseTrie<T> freeze() {
        frozen = true;
        return this;
    }

    /** The longest phrase starting at {@code first} within {@code words[first, limit)}, or null. */
    Match<T> longestAt(List<String> words, int first, int limit) {
        return longestAt(words.toArray(String[]::new), first, limit);
    }

    /** As {@link #longestAt(List, int, int)}, over an array (the note's words, read once). */
    Match<T> longestAt(String[] words, int first, int limit) {
        Node<T> start = root.next.get(words[first]);
        if (start == null) {
            return null;
        }
        Match<T> best = start.values.isEmpty() ? null : new Match<>(first, first + 1, start.values);
        best = walk(start, words, first, first + 1, limit, false, best);
        return best;
    }

    private Match<T> walk(Node<T> node, String[] words, int first, int at, int limit, boolean skipped, Match<T> best) {
        if (at >= limit || node.next.isEmpty()) {
            return best;
        }
        Node<T> n = node.next.get(words[at]);
        if (n != null) {
            if (!n.values.isEmpty() && (best == null || at + 1 > best.end())) {
                best = new Match<>(first, at + 1, n.values);
            }
            best = walk(n, words, first, at + 1, limit, skipped, best);
        }
        if (!skipped && at + 1 < limit) {
            Node<T> after = node.next.get(words[at + 1]);
            if (after != null) {
                if (!after.values.isEmpty() && (best == null || at + 2 > best.end())) {
                    best = new Match<>(first, at + 2, after.values);
                }
                best = walk(after, words, first, at + 2, limit, true, best);
            }
        }
        return best;
    }
}
