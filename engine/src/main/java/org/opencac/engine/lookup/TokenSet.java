package org.opencac.engine.lookup;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of token indexes, held sorted in an array: the tokens an Index path uses. A walk
 * tries many paths of a few tokens each, so a set here is small, made by union and read by membership;
 * an array spares the boxing and hashing of a hash set. Equal to any {@code Set<Integer>} of the same
 * indexes.
 */
final class TokenSet extends AbstractSet<Integer> {
    static final TokenSet EMPTY = new TokenSet(new int[0]);

    private final int[] tokens;

    private TokenSet(int[] sortedDistinct) {
        this.tokens = sortedDistinct;
    }

    /** The indexes of a collection (a TokenSet is returned as is). */
    static TokenSet of(Collection<Integer> indexes) {
        if (indexes instanceof TokenSet t) {
            return t;
        }
        int[] a = new int[indexes.size()];
        int n = 0;
        for (Integer i : indexes) {
            a[n++] = i;
        }
        return sortedDistinct(a, n);
    }

    /** The tokens [first, end). */
    static TokenSet range(int first, int end) {
        if (end <= first) {
            return EMPTY;
        }
        int[] a = new int[end - first];
        for (int k = 0; k < a.length; k++) {
            a[k] = first + k;
        }
        return new TokenSet(a);
    }

    private static TokenSet sortedDistinct(int[] a, int n) {
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(a, 0, n);
        int m = 1;
        for (int k = 1; k < n; k++) {
            if (a[k] != a[m - 1]) {
                a[m++] = a[k];
            }
        }
        return new TokenSet(m == a.length ? a : Arrays.copyOf(a, m));
    }

    /** Whether the set holds this token. */
    boolean has(int token) {
        int[] a = tokens;
        if (a.length <= 8) {
            for (int t : a) {
                if (t == token) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(a, token) >= 0;
    }

    /** The k-th lowest token, read without boxing. */
    int at(int k) {
        return tokens[k];
    }

    /** The lowest token (the set must not be empty). */
    int first() {
        return tokens[0];
    }

    /** The highest token (the set must not be empty). */
    int last() {
        return tokens[tokens.length - 1];
    }

    /** Whether some token of [first, end) is not in the set. */
    boolean lacksAnyOf(int first, int end) {
        for (int t = first; t < end; t++) {
            if (!has(t)) {
                return true;
            }
        }
        return false;
    }

    /** This set and the other's tokens (this set itself when the other adds nothing new). */
    TokenSet union(TokenSet other) {
        if (other.tokens.length == 0) {
            return this;
        }
        if (tokens.length == 0) {
            return other;
        }
        int[] a = tokens;
        int[] b = other.tokens;
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[n++] = next;
        }
        if (n == a.length) {
            return this;
        }
        return new TokenSet(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** Collects token indexes (with repeats, in any order) into a set. */
    static final class Builder {
        private int[] a = new int[4];
        private int n;

        Builder addRange(int first, int end) {
            for (int t = first; t < end; t++) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                }
                a[n++] = t;
            }
            return this;
        }

        TokenSet build() {
            return sortedDistinct(a, n);
        }
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && has(i);
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int k;

            @Override
            public boolean hasNext() {
                return k < tokens.length;
            }

            @Override
            public Integer next() {
                if (k >= tokens.length) {
                    throw new NoSuchElementException();
                }
                return tokens[k++];
            }
        };
    }
}
