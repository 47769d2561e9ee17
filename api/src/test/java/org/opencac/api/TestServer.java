package org.opencac.api;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.opencac.api.auth.ApiKeys;
import org.opencac.api.http.HttpServer;
import org.opencac.engine.Pipeline;
import org.opencac.workbench.store.StoreSettings;

/**
 * The real service on a free loopback port with the shared test models, and a client for it: the set-up the HTTP
 * tests share. Start it in {@code @BeforeAll}, {@link #stop()} it in {@code @AfterAll}.
 */
public final class TestServer {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpServer.Service service;
    private final String base;

    private TestServer(HttpServer.Service service) {
        this.service = service;
        this.base = "http://127.0.0.1:" + service.app().port();
    }

    /** Without authentication, on the default settings plus {@code env} (OPENCAC_* names). */
    public static TestServer start(Map<String, String> env) {
        return start(env, ServiceOptions.unauthenticated(), null, app -> { }, TestModels.pipeline());
    }

    /**
     * @param env         settings beyond the port, host and model cache (OPENCAC_* names)
     * @param options     the service options (authentication, limits)
     * @param keys        the API keys when authentication is on, else null
     * @param beforeStart extra routes a test adds before the server starts
     * @param pipeline    the pipeline to serve
     */
    public static TestServer start(Map<String, String> env, ServiceOptions options, ApiKeys keys,
                                   Consumer<Javalin> beforeStart, Pipeline pipeline) {
        Map<String, String> all = new HashMap<>(Map.of("OPENCAC_PORT", "0", "OPENCAC_HOST", "127.0.0.1",
                "OPENCAC_CACHE_DIR", TestModels.cacheDir().toString()));
        // a workbench store of this server's own unless the test names one: runs never share rows
        all.put("OPENCAC_STORE_URL", StoreSettings.embeddedUrl(TestModels.scratchDir("opencac-test-store")
                .resolve("workbench")));
        all.putAll(env);
        HttpServer.Service service = HttpServer.boot(Settings.load(all), options, keys);
        beforeStart.accept(service.app());
        service.app().start();
        HttpServer.install(service, TestModels.models(), pipeline);
        return new TestServer(service);
    }

    public String base() {
        return base;
    }

    public HttpClient client() {
        return CLIENT;
    }

    /** A request builder for {@code path} with a 30 s timeout. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    /** POSTs a JSON body. */
    public HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public void stop() {
        service.stop();
    }
}
