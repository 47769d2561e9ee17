package org.opencac.evaluation.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code clients} threads each send a request, wait for the answer and send the
 * next, until the time is up or {@code maxRequests} have been sent. Request {@code i} sends body
 * {@code bodies.apply(first + i)}, so with distinct bodies no request repeats another.
 */
final class ClosedLoop {

    /**
     * @param clients    concurrent clients
     * @param requests   requests answered 200
     * @param errors     requests that failed or answered another status
     * @param seconds    wall time of the level
     * @param throughput successful requests per second
     * @param latency    latencies of the successful requests
     */
    record Level(int clients, int requests, int errors, double seconds, double throughput, Latencies latency) {
        /** Requests sent, answered or not. */
        int sent() {
            return requests + errors;
        }
    }

    private ClosedLoop() {
    }

    static Level run(HttpClient client, URI uri, java.util.function.LongFunction<String> bodies, long first, int clients,
                     Duration length, int maxRequests) throws InterruptedException {
        long[] latencies = new long[maxRequests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < maxRequests && System.nanoTime() < end;
                     i = next.getAndIncrement()) {
                    latencies[i] = send(client, uri, bodies.apply(first + i));
                    if (latencies[i] < 0) {
                        errors.incrementAndGet();
                    }
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] ok = Arrays.stream(latencies, 0, Math.min(next.get(), maxRequests)).filter(v -> v > 0).toArray();
        return new Level(clients, ok.length, errors.get(), seconds, ok.length / seconds, Latencies.ofNanos(ok));
    }

    /** The latency in nanoseconds of one request, or -1 if it failed. */
    private static long send(HttpClient client, URI uri, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            long nanos = System.nanoTime() - t0;
            return response.statusCode() == 200 ? Math.max(nanos, 1) : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
