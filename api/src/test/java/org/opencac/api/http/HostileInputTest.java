package org.opencac.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.api.ServiceOptions;
import org.opencac.api.Settings;
import org.opencac.api.TestModels;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;

/** Hostile and malformed requests get a problem+json 4xx (or a deliberate 503), never a 5xx or an empty body. */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 1000;
    private static HttpServer.Service service;
    private static HttpServer.Service slow;
    private static HttpClient client;
    private static String base;
    private static String slowBase;

    @BeforeAll
    static void start() {
        Settings settings = Settings.load(Map.of("OPENCAC_PORT", "0", "OPENCAC_HOST", "127.0.0.1",
                "OPENCAC_MAX_NOTE_CHARS", Integer.toString(LIMIT), "OPENCAC_CACHE_DIR", TestModels.cacheDir().toString()));
        service = HttpServer.boot(settings, ServiceOptions.unauthenticated(), null);
        service.app().start();
        HttpServer.install(service, TestModels.models(), TestModels.pipeline());
        base = "http://127.0.0.1:" + service.app().port();
        // One coding slot, a short queue wait and deadline, and a pipeline whose one stage sleeps 3 s.
        ServiceOptions tight = ServiceOptions.load(Map.of("OPENCAC_AUTH", "off", "OPENCAC_CODING_SLOTS", "1",
                "OPENCAC_CODING_QUEUE_WAIT_MS", "100", "OPENCAC_REQUEST_DEADLINE_MS", "700",
                "OPENCAC_HTTP_IDLE_TIMEOUT_MS", "1000"));
        slow = HttpServer.boot(settings, tight, null);
        slow.app().start();
        Pipeline sleepy = new Pipeline(TestModels.pipeline().version(), List.of((Document d) -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return d;
        }, (Document d) -> d));
        HttpServer.install(slow, TestModels.models(), sleepy);
        slowBase = "http://127.0.0.1:" + slow.app().port();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        service.stop();
        slow.stop();
    }

    private static HttpResponse<String> post(String url, String body, String contentType) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> suggest(String body) throws Exception {
        return post(base + "/v1/suggest", body, "application/json");
    }

    static void assertProblem(HttpResponse<String> r, int status, String error) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().map().toString());
        JsonNode b = JSON.readTree(r.body());
        assertEquals(error, b.get("error").asText(), r.body());
        assertEquals(status, b.get("status").asInt());
        assertEquals("urn:opencac:problem:" + error, b.get("type").asText());
        assertFalse(b.get("title").asText().isBlank());
        assertFalse(b.get("detail").asText().isBlank());
    }

    @Test
    void trailingDataAfterTheObjectIsRefused() throws Exception {
        String ok = "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\"}";
        assertEquals(200, suggest(ok).statusCode());
        assertProblem(suggest(ok + "{}"), 400, "malformed_json");
        assertProblem(suggest(ok + " junk"), 400, "malformed_json");
    }

    @Test
    void deepNestingLongNamesAndLongNumbersAre400NotServerErrors() throws Exception {
        assertProblem(suggest("[".repeat(1000) + "]".repeat(1000)), 400, "malformed_json");
        assertProblem(suggest("{\"a\":".repeat(1000) + "1" + "}".repeat(1000)), 400, "malformed_json");
        assertProblem(suggest("{\"" + "k".repeat(5_000) + "\":1}"), 400, "malformed_json");
        assertProblem(suggest("{\"text\":\"x\",\"setting\":\"outpatient\",\"maxSuggestions\":" + "9".repeat(5_000) + "}"),
                400, "malformed_json");
        // Far over the body bound, the same hostile shapes are refused before parsing.
        assertProblem(suggest("{\"" + "k".repeat(500_000) + "\":1}"), 413, "note_too_large");
    }

    @Test
    void hugeNumbersDoNotWrapAroundIntoRange() throws Exception {
        assertProblem(suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"maxSuggestions\":18446744073709551617}"),
                400, "invalid_field");
        assertProblem(suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"maxSuggestions\":4294967297}"),
                400, "invalid_field");
        assertProblem(suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"maxSuggestions\":2.5}"),
                400, "invalid_field");
    }

    @Test
    void enumerationsWithControlCharactersAreRefused() throws Exception {
        assertProblem(suggest("{\"text\":\"Hypertension.\",\"setting\":\"outpatient\\u0000\"}"), 400, "unknown_setting");
        assertProblem(suggest("{\"text\":\"Hypertension.\",\"setting\":\"\\tinpatient\"}"), 400, "unknown_setting");
    }

    @Test
    void contentTypeMustBeExactlyJsonWithParametersAllowed() throws Exception {
        String ok = "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\"}";
        assertProblem(post(base + "/v1/suggest", ok, "application/jsonx"), 415, "unsupported_media_type");
        assertProblem(post(base + "/v1/suggest", ok, "application/json-patch+json"), 415, "unsupported_media_type");
        assertProblem(post(base + "/v1/suggest", ok, "application/json; charset=latin1"), 415, "unsupported_media_type");
        assertEquals(200, post(base + "/v1/suggest", ok, "Application/JSON; charset=UTF-8").statusCode());
    }

    @Test
    void theSizeLimitCountsUnicodeCodePoints() throws Exception {
        String emoji = new String(Character.toChars(0x1F600));
        HttpResponse<String> atLimit = suggest(JSON.writeValueAsString(Map.of("text", "Hypertension " + emoji.repeat(LIMIT - 13),
                "setting", "outpatient")));
        assertEquals(200, atLimit.statusCode(), atLimit.body());
        HttpResponse<String> over = suggest(JSON.writeValueAsString(Map.of("text", emoji.repeat(LIMIT + 1), "setting",
                "outpatient")));
        assertProblem(over, 413, "note_too_large");
        assertTrue(over.body().contains((LIMIT + 1) + " characters"), over.body());
    }

    @Test
    void aHugeChunkedBodyIsRefusedWithoutReadingItAll() throws Exception {
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) 'a');
        List<InputStream> parts = new java.util.ArrayList<>();
        parts.add(new ByteArrayInputStream("{\"text\":\"".getBytes(StandardCharsets.US_ASCII)));
        for (int i = 0; i < 50; i++) {
            parts.add(new ByteArrayInputStream(chunk));
        }
        InputStream body = new SequenceInputStream(Collections.enumeration(parts));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/suggest"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 413, "note_too_large");
    }

    @Test
    void wrongMethodOnARealRouteIs405WithAllow() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/suggest")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 405, "method_not_allowed");
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
        assertProblem(client.send(HttpRequest.newBuilder(URI.create(base + "/v1/nothing")).GET().build(),
                HttpResponse.BodyHandlers.ofString()), 404, "not_found");
    }

    private static String raw(int port, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theHttpServersOwnErrorsAreProblemJsonToo() throws Exception {
        int port = service.app().port();
        for (var c : List.of(
                Map.entry("GARBAGE\r\n\r\n", "400"),
                Map.entry("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", "414"),
                Map.entry("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n", "431"))) {
            String resp = raw(port, c.getKey());
            assertTrue(resp.startsWith("HTTP/1.1 " + c.getValue()), resp.lines().findFirst().orElse(""));
            assertTrue(resp.contains("application/problem+json"), resp);
            String body = resp.substring(resp.indexOf("\r\n\r\n") + 4);
            assertEquals(Integer.parseInt(c.getValue()), JSON.readTree(body).get("status").asInt(), body);
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA408ProblemAfterTheIdleTimeout() throws Exception {
        long t0 = System.nanoTime();
        String resp = raw(slow.app().port(), "POST /v1/suggest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"text\":");
        assertTrue(resp.startsWith("HTTP/1.1 408"), resp);
        assertTrue(resp.contains("application/problem+json"), resp);
        assertTrue(resp.contains("request_timeout"), resp);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void aBusyServiceAnswers503WithRetryAfterAndTheDeadlineBoundsCoding() throws Exception {
        String ok = "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\"}";
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(URI.create(slowBase
                + "/v1/suggest")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ok))
                .build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> second = post(slowBase + "/v1/suggest", ok, "application/json");
        assertProblem(second, 503, "overloaded");
        assertTrue(second.headers().firstValue("Retry-After").isPresent());
        long t0 = System.nanoTime();
        HttpResponse<String> r1 = first.get();
        assertProblem(r1, 503, "deadline_exceeded");
        assertTrue(r1.headers().firstValue("Retry-After").isPresent());
        // The sleeping stage was interrupted: the slot frees long before its 3 s would have ended.
        while (slow.gate().running() > 0 && System.nanoTime() - t0 < 5_000_000_000L) {
            Thread.sleep(20);
        }
        assertEquals(0, slow.gate().running());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "the cancelled work kept its slot");
        // The health endpoints stay up while coding is saturated.
        assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(slowBase + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
