package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache returns what the function returns, computes a remembered key once, and never outgrows its bound. */
class BoundedCacheTest {

    @Test
    void aRememberedKeyIsNotComputedAgain() {
        AtomicInteger calls = new AtomicInteger();
        BoundedCache<String, Integer> cache = new BoundedCache<>(10, k -> {
            calls.incrementAndGet();
            return k.length();
        });
        assertEquals(3, cache.get("abc"));
        assertEquals(3, cache.get("abc"));
        assertEquals(1, calls.get());
    }

    @Test
    void anAbsentResultIsRememberedAsAbsent() {
        AtomicInteger calls = new AtomicInteger();
        BoundedCache<String, Integer> cache = new BoundedCache<>(10, k -> {
            calls.incrementAndGet();
            return null;
        });
        assertNull(cache.get("x"));
        assertNull(cache.get("x"));
        assertEquals(1, calls.get());
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacityAndStillAnswersRight() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(5, k -> k * 2);
        for (int i = 0; i < 100; i++) {
            assertEquals(i * 2, cache.get(i));
            assertTrue(cache.size() <= 5, "size " + cache.size());
        }
        assertEquals(198, cache.get(99));
    }

    @Test
    void aCapacityBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedCache<String, String>(0, k -> k));
    }
}
