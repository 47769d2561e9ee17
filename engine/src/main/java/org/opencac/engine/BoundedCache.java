package org.opencac.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo of a pure function whose keys come from notes (so the key set is open): thread-safe, and
 * bounded: once it holds {@code capacity} entries it is emptied and fills again, so it never grows past
 * the bound and a long-running service keeps its most recent keys. Absent results are remembered too.
 * Only for values the function gives the same every time: a hit and a miss must return the same value.
 *
 * @param <K> key
 * @param <V> value
 */
public final class BoundedCache<K, V> {
    private final ConcurrentHashMap<K, Optional<V>> map = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> compute;

    /**
     * @param capacity most entries held
     * @param compute  the function remembered; may return null (remembered as absent)
     */
    public BoundedCache(int capacity, Function<K, V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.compute = compute;
    }

    /** The function's value for {@code key} (null if it gave null), computed at most once while remembered. */
    public V get(K key) {
        Optional<V> known = map.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        Optional<V> value = Optional.ofNullable(compute.apply(key));
        if (map.size() >= capacity) {
            map.clear();
        }
        map.putIfAbsent(key, value);
        return value.orElse(null);
    }

    /** Entries held now (at most the capacity). */
    public int size() {
        return map.size();
    }
}
