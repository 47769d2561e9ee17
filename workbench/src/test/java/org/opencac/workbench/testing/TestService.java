package org.opencac.workbench.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;
import org.opencac.workbench.Workbench;
import org.opencac.workbench.store.StoreSettings;

/**
 * A real workbench service on a free port (the engine, the store, the routes) and a small HTTP client for
 * tests. The models load once per test JVM, into {@code target/test-cache}.
 */
public final class TestService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ModelBundle models;
    private static Pipeline pipeline;

    public final Javalin app;
    public final Workbench workbench;
    public final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestService(Javalin app, Workbench workbench) {
        this.app = app;
        this.workbench = workbench;
        this.base = "http://127.0.0.1:" + app.port();
    }

    public static synchronized ModelBundle models() {
        if (models == null) {
            models = ModelBundle.load(Path.of("target", "test-cache").toAbsolutePath());
            pipeline = Pipeline.standard(models);
        }
        return models;
    }

    /** Starts the service on {@code store}; a code search route is added for the page's typeahead. */
    public static TestService start(StoreSettings store) {
        ModelBundle m = models();
        Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
        Workbench wb = Workbench.install(app, store, pipeline, m.codeSet(), 100_000);
        app.get("/v1/codes", ctx -> {
            String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
            var hits = m.index().search(q, true, 10).stream().map(h -> Map.of("code", h.code(), "title", h.title(),
                    "billable", h.billable())).toList();
            ctx.json(Map.of("results", hits));
        });
        app.get("/v1/codes/{code}", ctx -> {
            var c = m.codeSet().get(ctx.pathParam("code")).orElseThrow();
            ctx.json(Map.of("code", c.code(), "parent", c.parent() == null ? "" : c.parent(),
                    "children", m.codeSet().children(c.code())));
        });
        app.start("127.0.0.1", 0);
        return new TestService(app, wb);
    }

    /** An embedded H2 file database in a fresh folder. */
    public static StoreSettings h2(Path dir) {
        return new StoreSettings(StoreSettings.embeddedUrl(dir), "", "", 10);
    }

    /**
     * PostgreSQL from {@code OPENCAC_TEST_PG_URL} (+ {@code _USER}, {@code _PASSWORD}) in a fresh schema, or null
     * when it is not configured or not reachable (the caller skips with a visible message).
     */
    public static StoreSettings postgres(String schema) {
        String url = System.getenv("OPENCAC_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        String user = System.getenv().getOrDefault("OPENCAC_TEST_PG_USER", "");
        String password = System.getenv().getOrDefault("OPENCAC_TEST_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (Exception e) {
            System.err.println("PostgreSQL at " + url + " is not reachable: " + e.getMessage());
            return null;
        }
        return new StoreSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, 10);
    }

    public HttpResponse<String> send(String method, String path, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : JSON.writeValueAsString(body)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        app.stop();
    }
}
