package org.opencac.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opencac.api.TestModels;

/** SIGTERM while 20 requests are being coded: all 20 are answered, then the process exits. */
class GracefulShutdownTest {

    @Test
    void sigtermDuringTwentyInFlightRequestsAnswersAllTwenty() throws Exception {
        TestModels.models(); // make sure the model cache exists before the child process reads it
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                GracefulShutdownServer.class.getName()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
            int port = -1;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            String line;
            while (port < 0 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("PORT ")) {
                    port = Integer.parseInt(line.substring(5).trim());
                }
            }
            assertTrue(port > 0, "the child service did not start");
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                inFlight.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/v1/suggest"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Essential hypertension " + i
                                + ".\",\"setting\":\"outpatient\"}")).build(), HttpResponse.BodyHandlers.ofString()));
            }
            // Wait until all 20 are being coded, as the service itself reports.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            double running = 0;
            while (running < 20 && System.nanoTime() < until) {
                String m = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                running = m.lines().filter(l -> l.startsWith("opencac_coding_inflight ")).mapToDouble(
                        l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1))).findFirst().orElse(0);
                Thread.sleep(20);
            }
            assertEquals(20.0, running, "not all 20 requests were in flight");
            p.destroy(); // SIGTERM
            int ok = 0;
            for (CompletableFuture<HttpResponse<String>> f : inFlight) {
                HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                ok++;
            }
            assertEquals(20, ok);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process did not exit after the drain");
        } finally {
            p.destroyForcibly();
        }
    }
}
