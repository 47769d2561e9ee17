package org.opencac.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A part no note needs (the workbench store, the FHIR mapping), made after the first answer or when asked for. */
class DeferredPartTest {

    @Test
    void nothingIsMadeUntilBegunAndBeginningTwiceMakesItOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        DeferredPart<Object> part = new DeferredPart<>("test-part", () -> {
            made.incrementAndGet();
            return new Object();
        });
        Thread.sleep(50);
        assertEquals(0, made.get());
        assertFalse(part.made().isDone());
        part.begin();
        part.begin();
        Object value = part.made().get(10, TimeUnit.SECONDS);
        assertSame(value, part.get());
        assertEquals(1, made.get());
    }

    @Test
    void aCallerBeforeAnyBeginMakesItAndWaitsForIt() {
        DeferredPart<String> part = new DeferredPart<>("test-part", () -> "made");
        assertEquals("made", part.get());
    }

    @Test
    void aFailureIsThrownToEveryCaller() {
        DeferredPart<Object> part = new DeferredPart<>("test-part", () -> {
            throw new IllegalStateException("no database");
        });
        assertEquals("no database", assertThrows(IllegalStateException.class, part::get).getMessage());
        assertEquals("no database", assertThrows(IllegalStateException.class, part::get).getMessage());
    }

    @Test
    void whenMadeActsOnlyOnAPartThatWasBegun() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        DeferredPart<String> never = new DeferredPart<>("test-part", () -> "never");
        never.whenMade(seen::set);
        Thread.sleep(50);
        assertEquals(null, seen.get());
        assertFalse(never.made().isDone(), "acting on it at stop does not make it");

        DeferredPart<String> begun = new DeferredPart<>("test-part", () -> "store");
        begun.begin();
        begun.made().get(10, TimeUnit.SECONDS);
        begun.whenMade(seen::set);
        assertTrue("store".equals(seen.get()));
    }

    @Test
    void aStopWaitsForAPartBeingMadeAndNotForOneNeverBegun() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        DeferredPart<String> slow = new DeferredPart<>("test-part", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "migrated";
        });
        assertTrue(slow.awaitIfBegun(java.time.Duration.ofSeconds(5)), "never begun: nothing to wait for");
        slow.begin();
        assertFalse(slow.awaitIfBegun(java.time.Duration.ofMillis(100)), "still being made: the wait times out");
        release.countDown();
        assertTrue(slow.awaitIfBegun(java.time.Duration.ofSeconds(10)));
        assertTrue(slow.made().isDone());
    }
}
