package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value made on its first use (a route's handler, made on its first request): once, and kept. */
class FirstUseTest {

    @Test
    void callersThatComeWhileTheValueIsBeingMadeWaitForTheSameValue() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        FirstUse<Object> value = new FirstUse<>(() -> {
            made.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<Object>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                got.add(callers.submit(value::get));
            }
            Thread.sleep(50);
            release.countDown();
            Object first = got.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Object> f : got) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
            assertSame(first, value.get());
            assertEquals(1, made.get());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailedMakeKeepsNothingSoTheNextCallerTriesAgain() {
        AtomicInteger tries = new AtomicInteger();
        FirstUse<String> value = new FirstUse<>(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return "made";
        });
        assertThrows(IllegalStateException.class, value::get);
        assertEquals("made", value.get());
        assertEquals("made", value.get());
        assertEquals(2, tries.get());
    }
}
