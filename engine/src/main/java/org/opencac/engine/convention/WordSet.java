package org.opencac.engine.convention;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A small unmodifiable set of words in a fixed order, held as one array: what a cached title's words need
 * (a handful each) without a hash table per title. Membership is a scan, which for a title's few words costs
 * no more than hashing.
 */
final class WordSet extends AbstractSet<String> {
    private final String[] words;

    private WordSet(String[] words) {
        this.words = words;
    }

    /** The words of {@code ordered}, in its order, each replaced by the one string {@code shared} keeps for it. */
    static WordSet of(Set<String> ordered, Map<String, String> shared) {
        String[] words = new String[ordered.size()];
        int i = 0;
        for (String w : ordered) {
            String kept = shared.putIfAbsent(w, w);
            words[i++] = kept != null ? kept : w;
        }
        return new WordSet(words);
    }

    @Override
    public boolean contains(Object o) {
        for (String w : words) {
            if (w.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                return words[next++];
            }
        };
    }
}
