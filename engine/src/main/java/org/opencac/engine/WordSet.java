package org.opencac.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A read-only set of words asked about for every token of a note, kept in a hash set rather than the
 * immutable {@code Set.of} / {@code Set.copyOf}: nearly every token asked is absent, and the hash set rejects it
 * on the stored hash of the one entry in its bucket (or an empty bucket), where the immutable set finds its slot
 * by a division and compares the token's string with the stored string of every slot it probes.
 */
public final class WordSet {
    private WordSet() {
    }

    /** The words, read-only; like {@code Set.copyOf}, null is rejected. */
    public static Set<String> of(Collection<String> words) {
        Set<String> out = new HashSet<>(Math.max(16, (int) (words.size() / 0.75f) + 1));
        for (String w : words) {
            out.add(java.util.Objects.requireNonNull(w, "a word set holds no null"));
        }
        return Collections.unmodifiableSet(out);
    }
}
