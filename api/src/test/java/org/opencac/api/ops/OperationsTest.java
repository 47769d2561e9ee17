package org.opencac.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencac.api.ServiceOptions;
import org.opencac.api.Settings;
import org.opencac.api.TestModels;
import org.opencac.api.http.HttpServer;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.slf4j.LoggerFactory;

/** Readiness before the models, Prometheus metrics, and logs that never contain the note. */
class OperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Settings settings() {
        return Settings.load(Map.of("OPENCAC_PORT", "0", "OPENCAC_HOST", "127.0.0.1", "OPENCAC_MAX_NOTE_CHARS", "2000",
                "OPENCAC_CACHE_DIR", TestModels.cacheDir().toString()));
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String base, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/suggest")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The workbench store of {@code settings}, opened only when begun or asked for. */
    private static org.opencac.api.http.DeferredPart<org.opencac.workbench.store.Store> deferredStore(
            Settings settings) {
        return new org.opencac.api.http.DeferredPart<>("store-opener",
                () -> org.opencac.workbench.store.Store.open(settings.store()));
    }

    /** A coder's workbench queue, asked for of the service at {@code base}. */
    private static HttpResponse<String> queue(String base) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/queue"))
                .timeout(Duration.ofSeconds(30)).header("X-Org-Id", "org1").header("X-Coder-Id", "coder1").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceListensBeforeTheModelsLoadAndIsReadyOnlyAfter() throws Exception {
        HttpServer.Service s = HttpServer.boot(settings(), ServiceOptions.unauthenticated(), null);
        s.app().start();
        try {
            String base = "http://127.0.0.1:" + s.app().port();
            assertEquals(200, get(base, "/health/live").statusCode());
            HttpResponse<String> ready = get(base, "/health/ready");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("not_ready"), ready.body());
            assertTrue(ready.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, post(base, "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\"}").statusCode());
            HttpServer.install(s, TestModels.models(), TestModels.pipeline());
            assertEquals(200, get(base, "/health/ready").statusCode());
            assertEquals("ICD-10-CM FY2026", JSON.readTree(get(base, "/health").body()).get("codeSetVersion").asText());
        } finally {
            s.stop();
        }
    }

    @Test
    void aWorkbenchStoreOpenedWhileTheModelsLoadServesTheWorkbenchAndClosesWithTheService() throws Exception {
        Settings settings = settings();
        HttpServer.Service s = HttpServer.boot(settings, ServiceOptions.unauthenticated(), null);
        s.app().start();
        org.opencac.workbench.store.Store store = org.opencac.workbench.store.Store.open(settings.store());
        try {
            HttpServer.install(s, TestModels.models(), TestModels.pipeline(), store);
            String base = "http://127.0.0.1:" + s.app().port();
            HttpResponse<String> queue = queue(base);
            assertEquals(200, queue.statusCode(), queue.body());
            assertEquals(200, get(base, "/health/ready").statusCode());
        } finally {
            s.stop();
        }
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> store.read(c -> 1),
                "the store given to the service closes when it stops");
    }

    @Test
    void whatWaitsForTheFirstNoteBeginsOnlyOnceItsAnswerIsSent() throws Exception {
        HttpServer.Service s = HttpServer.boot(settings(), ServiceOptions.unauthenticated(), null);
        s.app().start();
        java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
        try {
            HttpServer.install(s, TestModels.models(), TestModels.pipeline());
            // a part that holds its thread until the test has the answer: begun before the answer is written,
            // it would keep the answer back and the request would time out
            HttpServer.afterFirstNote(s, Duration.ofMinutes(10), () -> {
                begun.countDown();
                try {
                    released.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            String base = "http://127.0.0.1:" + s.app().port();
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/suggest"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Essential hypertension.\",\"setting\":\"outpatient\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(begun.await(30, java.util.concurrent.TimeUnit.SECONDS), "the answer's completion begins it");
        } finally {
            released.countDown();
            s.stop();
        }
    }

    @Test
    void aStoreDeferredPastTheFirstNoteIsOpenedByItsAnswerAndAWorkbenchRequestBeforeItWaitsForIt() throws Exception {
        Settings settings = settings();
        HttpServer.Service s = HttpServer.boot(settings, ServiceOptions.unauthenticated(), null);
        s.app().start();
        org.opencac.api.http.DeferredPart<org.opencac.workbench.store.Store> store = deferredStore(settings);
        org.opencac.api.http.DeferredPart<org.opencac.api.fhir.FhirCoding> fhir =
                new org.opencac.api.http.DeferredPart<>("fhir-mapping", org.opencac.api.fhir.FhirCoding::new);
        try {
            HttpServer.install(s, TestModels.models(), TestModels.pipeline(), store, fhir);
            HttpServer.afterFirstNote(s, Duration.ofMinutes(10), store::begin);
            String base = "http://127.0.0.1:" + s.app().port();
            Thread.sleep(100);
            assertFalse(store.made().isDone(), "nothing opens the store before the first note");
            assertEquals(200, post(base, "{\"text\":\"Essential hypertension.\",\"setting\":\"outpatient\"}")
                    .statusCode());
            assertTrue(store.made().get(30, java.util.concurrent.TimeUnit.SECONDS) != null,
                    "the first answer opens it");
            HttpResponse<String> queue = queue(base);
            assertEquals(200, queue.statusCode(), queue.body());
            assertFalse(fhir.made().isDone(), "the FHIR mapping is made only when begun or asked for");
        } finally {
            s.stop();
            store.whenMade(org.opencac.workbench.store.Store::close);
        }
    }

    @Test
    void healthNamesAPartThatCouldNotBeMadeAndAnswers503() throws Exception {
        HttpServer.Service s = HttpServer.boot(settings(), ServiceOptions.unauthenticated(), null);
        s.app().start();
        try {
            HttpServer.install(s, TestModels.models(), TestModels.pipeline());
            String base = "http://127.0.0.1:" + s.app().port();
            java.util.concurrent.CompletableFuture<Object> fhir = new java.util.concurrent.CompletableFuture<>();
            s.readiness().part("workbenchStore", java.util.concurrent.CompletableFuture.completedFuture("open"));
            s.readiness().part("fhirMapping", fhir);
            HttpResponse<String> pending = get(base, "/health");
            assertEquals(200, pending.statusCode(), pending.body());
            assertEquals("pending", JSON.readTree(pending.body()).get("parts").get("fhirMapping").asText());
            fhir.completeExceptionally(new IllegalStateException("the store's database refused the connection"));
            HttpResponse<String> failed = get(base, "/health");
            assertEquals(503, failed.statusCode(), failed.body());
            assertEquals("degraded", JSON.readTree(failed.body()).get("status").asText());
            assertEquals("failed", JSON.readTree(failed.body()).get("parts").get("fhirMapping").asText());
            assertEquals("ready", JSON.readTree(failed.body()).get("parts").get("workbenchStore").asText());
            assertEquals(200, get(base, "/health/ready").statusCode(), "coding still works");
        } finally {
            s.stop();
        }
    }

    @Test
    void aWorkbenchRequestBeforeTheFirstNoteOpensTheDeferredStoreAndWaitsForIt() throws Exception {
        Settings settings = settings();
        HttpServer.Service s = HttpServer.boot(settings, ServiceOptions.unauthenticated(), null);
        s.app().start();
        org.opencac.api.http.DeferredPart<org.opencac.workbench.store.Store> store = deferredStore(settings);
        try {
            HttpServer.install(s, TestModels.models(), TestModels.pipeline(), store,
                    () -> { throw new IllegalStateException("not asked for"); });
            String base = "http://127.0.0.1:" + s.app().port();
            HttpResponse<String> queue = queue(base);
            assertEquals(200, queue.statusCode(), queue.body());
        } finally {
            s.stop();
            store.whenMade(org.opencac.workbench.store.Store::close);
        }
    }

    @Test
    void metricsCountRequestsNotesSuggestionsAndErrorsByKind() throws Exception {
        HttpServer.Service s = HttpServer.boot(settings(), ServiceOptions.unauthenticated(), null);
        s.app().start();
        HttpServer.install(s, TestModels.models(), TestModels.pipeline());
        try {
            String base = "http://127.0.0.1:" + s.app().port();
            assertEquals(200, post(base, "{\"text\":\"Essential hypertension.\",\"setting\":\"outpatient\"}").statusCode());
            assertEquals(400, post(base, "{\"text\":\" \",\"setting\":\"outpatient\"}").statusCode());
            String m = get(base, "/metrics").body();
            assertTrue(m.contains("http_server_requests_seconds_bucket{"), m);
            assertTrue(m.contains("route=\"/v1/suggest\""), m);
            assertTrue(m.contains("opencac_notes_coded_total{setting=\"outpatient\",via=\"suggest\"} 1.0"), m);
            assertTrue(m.contains("opencac_suggestions_per_note_count 1"), m);
            assertTrue(m.contains("opencac_errors_total{error=\"empty_text\",status=\"400\"} 1.0"), m);
            assertTrue(m.contains("opencac_coding_inflight"), m);
            assertTrue(m.contains("opencac_coding_queue_depth"), m);
            assertTrue(m.contains("opencac_coding_duration_seconds_bucket"), m);
            assertTrue(m.contains("jvm_memory_used_bytes{"), "the JVM's meters are in the first scrape: " + m);
            assertTrue(m.contains("jvm_threads_live_threads"), m);
        } finally {
            s.stop();
        }
    }

    @Test
    void theNoteNeverAppearsInTheLogsEvenOnErrorsAndCrashes() throws Exception {
        String marker = "Zebrafinch Quixotic Marmalade";
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Pipeline crashing = new Pipeline(TestModels.pipeline().version(), List.of((Document d) -> {
            if (d.note().text().contains("memory")) {
                throw new OutOfMemoryError("while coding " + d.note().text());
            }
            throw new IllegalStateException("cannot code " + d.note().text());
        }));
        HttpServer.Service good = HttpServer.boot(settings(), ServiceOptions.unauthenticated(), null);
        HttpServer.Service bad = HttpServer.boot(settings(), ServiceOptions.unauthenticated(), null);
        good.app().start();
        bad.app().start();
        HttpServer.install(good, TestModels.models(), TestModels.pipeline());
        HttpServer.install(bad, TestModels.models(), crashing);
        try {
            String g = "http://127.0.0.1:" + good.app().port();
            String b = "http://127.0.0.1:" + bad.app().port();
            String note = "Essential hypertension. " + marker;
            assertEquals(200, post(g, JSON.writeValueAsString(Map.of("text", note, "setting", "outpatient"))).statusCode());
            assertEquals(400, post(g, JSON.writeValueAsString(Map.of("text", note, "setting", "outpatient " + marker)))
                    .statusCode());
            assertEquals(400, post(g, "{\"text\":\"" + marker + "\", broken").statusCode());
            assertEquals(413, post(g, JSON.writeValueAsString(Map.of("text", (marker + " ").repeat(200), "setting",
                    "outpatient"))).statusCode());
            assertEquals(500, post(b, JSON.writeValueAsString(Map.of("text", note, "setting", "outpatient"))).statusCode());
            HttpResponse<String> oom = post(b, JSON.writeValueAsString(Map.of("text", note + " memory", "setting",
                    "outpatient")));
            assertEquals(503, oom.statusCode());
            assertFalse(oom.body().contains(marker));
        } finally {
            good.stop();
            bad.stop();
            root.detachAppender(captured);
        }
        JsonLogLayout layout = new JsonLogLayout();
        List<String> lines = captured.list.stream().map(layout::doLayout).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"logger\":\"opencac.access\"") && l.contains("\"status\":500")),
                "the access log records the crash");
        assertTrue(lines.stream().anyMatch(l -> l.contains("IllegalStateException")), "the crash is logged");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"requestId\"")), "log lines carry the request id");
        for (String l : lines) {
            assertFalse(l.contains("Zebrafinch") || l.contains("Marmalade"), l);
            JSON.readTree(l);
        }
    }
}
