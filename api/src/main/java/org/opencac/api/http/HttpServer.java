package org.opencac.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.opencac.api.ServiceOptions;
import org.opencac.api.Settings;
import org.opencac.api.auth.ApiKeys;
import org.opencac.api.auth.AuthFilter;
import org.opencac.api.auth.Principal;
import org.opencac.api.auth.RouteRoles;
import org.opencac.api.cds.CdsHooksHandler;
import org.opencac.api.fhir.FhirCoding;
import org.opencac.api.fhir.FhirHandler;
import org.opencac.api.ops.Metrics;
import org.opencac.engine.FirstUse;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.ValidityPeriod;
import org.opencac.workbench.Workbench;
import org.opencac.workbench.http.CoderIdentity;
import org.opencac.workbench.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HTTP service: routes and error mapping, wired in one place. {@link #boot} builds the service with
 * what needs no models (health, metrics, docs, authentication, limits) so it can listen while the models
 * load; {@link #install} adds the coding routes and marks it ready.
 */
public final class HttpServer {
    private static final Logger ACCESS = LoggerFactory.getLogger("opencac.access");

    private HttpServer() {
    }

    /**
     * A booted service.
     *
     * @param app       the Javalin app
     * @param settings  the settings
     * @param options   limits, authentication, timeouts
     * @param readiness loading, ready or stopping
     * @param metrics   the Prometheus registry
     * @param gate      bounded, deadline-limited coding
     */
    public record Service(Javalin app, Settings settings, ServiceOptions options, Readiness readiness, Metrics metrics,
                          CodingGate gate, SentAnswers sent) {

        /** Graceful stop: not ready, stop accepting, finish in-flight requests (bounded), then stop coding. */
        public void stop() {
            readiness.stopping();
            try {
                app.stop();
            } finally {
                gate.close();
            }
        }
    }

    /** Builds the app with every route, authentication off and models loaded (for tests and embedding). */
    public static Javalin create(Settings settings, ModelBundle models, Pipeline pipeline) {
        // No connector of its own: the caller's start(host, port) decides where it listens, as before.
        Service s = build(settings, ServiceOptions.unauthenticated(), null, false);
        install(s, models, pipeline);
        return s.app();
    }

    /**
     * Builds the service without models, listening on the settings' host and port with the options' idle
     * timeout; {@code keys} null means authentication is off. Not started: call {@code app().start()}.
     */
    public static Service boot(Settings settings, ServiceOptions options, ApiKeys keys) {
        return build(settings, options, keys, true);
    }

    private static Service build(Settings settings, ServiceOptions options, ApiKeys keys, boolean ownConnector) {
        Readiness readiness = new Readiness();
        Metrics metrics = new Metrics();
        CodingGate gate = new CodingGate(options.codingSlots(), options.queueWait(), options.requestDeadline());
        metrics.gauge("opencac.coding.inflight", "notes being coded", gate::running);
        metrics.gauge("opencac.coding.queue.depth", "requests waiting for a coding slot", gate::waiting);
        ObjectMapper mapper = new ObjectMapper();
        long maxBody = SuggestHandler.maxBodyBytes(settings.maxNoteChars());
        SentAnswers sent = ownConnector ? new SentAnswers() : null;
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = maxBody;
            config.http.prefer405over404 = true;
            config.staticFiles.enableWebjars();
            config.jetty.clientAbortStatus = 499;
            config.jetty.timeoutStatus = 408;
            QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), 8, 60_000);
            threads.setName("http");
            config.jetty.threadPool = threads;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setMinRequestDataRate(options.minRequestDataRate());
                http.setIdleTimeout(options.idleTimeout().toMillis());
                http.setSendServerVersion(false);
            });
            if (ownConnector) {
                config.jetty.addConnector((server, http) -> {
                    ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                    c.setHost(settings.host());
                    c.setPort(settings.port());
                    c.setIdleTimeout(options.idleTimeout().toMillis());
                    c.addBean(sent);
                    return c;
                });
            }
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(options.shutdownTimeout().toMillis());
                server.setErrorHandler(new ProblemErrorHandler());
            });
            config.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ProblemErrorHandler()));
            config.pvt.javaLangErrorHandler(ErrorMapping::onError);
            config.requestLogger.http((ctx, ms) -> accessLog(ctx, ms, metrics));
        });
        AuthFilter auth = new AuthFilter(keys);
        app.before(RequestIds::assign);
        app.before(ctx -> {
            if (!readiness.isReady() && !RouteRoles.isPublic(ctx.path()) && !ctx.path().equals("/metrics")) {
                throw new ApiException(ErrorKind.NOT_READY, readiness.state() == Readiness.State.STOPPING
                        ? "the service is shutting down" : "models are still loading", 5);
            }
        });
        app.before(auth::handle);
        app.get("/health/live", ctx -> ctx.json(Map.of("status", "live")));
        app.get("/health/ready", ctx -> {
            if (!readiness.isReady()) {
                throw new ApiException(ErrorKind.NOT_READY, readiness.state() == Readiness.State.STOPPING
                        ? "the service is shutting down" : "models are still loading", 5);
            }
            ctx.json(Map.of("status", "ready", "codeSetVersion", readiness.codeSetVersion()));
        });
        app.get("/health", ctx -> {
            if (!readiness.isReady()) {
                throw new ApiException(ErrorKind.NOT_READY, "models are still loading", 5);
            }
            Map<String, String> parts = readiness.parts();
            boolean degraded = parts.containsValue(Readiness.PART_FAILED);
            if (degraded) {
                ctx.status(503);
            }
            ctx.json(Map.of("status", degraded ? "degraded" : "ok",
                    "codeSetVersion", readiness.codeSetVersion(), "parts", parts));
        });
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        ApiDocs.install(app);
        ErrorMapping.install(app);
        return new Service(app, settings, options, readiness, metrics, gate, sent);
    }

    /** Adds the routes that need the models and marks the service ready. */
    public static void install(Service service, ModelBundle models, Pipeline pipeline) {
        install(service, models, pipeline, Store.open(service.settings().store()));
    }

    /**
     * Adds the routes that need the models, the workbench over {@code store} (opened beforehand, e.g. while
     * the models loaded), and marks the service ready.
     */
    public static void install(Service service, ModelBundle models, Pipeline pipeline, Store store) {
        install(service, models, pipeline, store, new FhirCoding());
    }

    /**
     * As {@link #install(Service, ModelBundle, Pipeline, Store)}, with the FHIR mapping made beforehand: HAPI
     * scans its resource model in a second or two of CPU and needs no models, so the service makes it while they
     * load.
     */
    public static void install(Service service, ModelBundle models, Pipeline pipeline, Store store, FhirCoding fhir) {
        install(service, models, pipeline, store, () -> fhir);
    }

    /**
     * As {@link #install(Service, ModelBundle, Pipeline, Store, FhirCoding)}, with the FHIR mapping still being
     * made: the FHIR and CDS Hooks routes are installed at once, and their first request waits for
     * {@code fhir} (asked once). A start-up thus answers its first note without waiting for HAPI's model
     * scan, which no other route needs.
     */
    public static void install(Service service, ModelBundle models, Pipeline pipeline, Store store,
                               java.util.function.Supplier<FhirCoding> fhir) {
        install(service, models, pipeline, () -> store, fhir);
        service.app().events(e -> e.serverStopped(store::close));
    }

    /**
     * As {@link #install(Service, ModelBundle, Pipeline, Store, java.util.function.Supplier)}, with the workbench
     * store still to come as well: the workbench routes are installed at once, and their first request waits for
     * {@code store} (asked once). The caller closes the store.
     */
    public static void install(Service service, ModelBundle models, Pipeline pipeline,
                               java.util.function.Supplier<Store> store, java.util.function.Supplier<FhirCoding> fhir) {
        Settings settings = service.settings();
        Javalin app = service.app();
        ObjectMapper requestMapper = StrictJson.mapper(settings.maxNoteChars() * 2 + 2);
        NoteCoder coder = new NoteCoder(pipeline, service.gate(), service.metrics());
        SuggestHandler suggest = new SuggestHandler(pipeline, requestMapper, settings.maxNoteChars(),
                settings.maxSuggestions(), Settings.MAX_SUGGESTIONS_CEILING, coder);
        CodeLookupHandler codes = new CodeLookupHandler(models.codeSet(), models.index(), pipeline);
        app.post("/v1/suggest", suggest::handle);
        app.get("/v1/codes/{code}", codes::get);
        app.get("/v1/codes", codes::search);
        FirstUse<FhirHandler> fhirHandler = new FirstUse<>(() -> new FhirHandler(fhir.get(), requestMapper, coder,
                settings.maxNoteChars(), Settings.MAX_SUGGESTIONS_CEILING));
        app.post(FhirHandler.PATH, ctx -> fhirHandler.get().handle(ctx));
        FirstUse<CdsHooksHandler> cds = new FirstUse<>(() -> new CdsHooksHandler(fhir.get(), requestMapper, coder,
                settings.maxNoteChars()));
        app.get("/cds-services", ctx -> cds.get().discovery(ctx));
        app.post("/cds-services/{id}", ctx -> cds.get().call(ctx));
        app.post("/cds-services/{id}/feedback", ctx -> cds.get().feedback(ctx));
        app.get("/v1/code-systems", ctx -> ctx.json(Map.of("codeSystems", codeSystems(pipeline))));
        Workbench.install(app, store, pipeline, models.codeSet(), settings.maxNoteChars(), coderIdentity());
        service.readiness().ready(pipeline.version().label());
    }

    /**
     * Runs {@code then} once: after the service's first answer to {@code POST /v1/suggest} has been sent, or after
     * {@code wait} if no note came by then. The service makes what no note needs ({@link DeferredPart}) then, so that
     * on a start-up it does not take the cores from the first answer: an after-handler runs before the answer is
     * written (the access log, the request's meters and the answer's bytes still to come), so {@code then} waits for
     * the exchange's completion.
     */
    public static void afterFirstNote(Service service, Duration wait, Runnable then) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (!done.get() && done.compareAndSet(false, true)) {
                then.run();
            }
        };
        if (service.sent() != null) {
            service.sent().afterSuggest(once);
        } else {
            service.app().after("/v1/suggest", ctx -> once.run());   // no connector of its own: at the after-handler
        }
        CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS).execute(once);
    }

    /**
     * Runs actions when an exchange of {@code POST /v1/suggest} on the service's own connector is complete, its
     * answer written and the response closed (Jetty tells each connector's listeners).
     */
    public static final class SentAnswers implements org.eclipse.jetty.server.HttpChannel.Listener {
        private final List<Runnable> afterSuggest = new java.util.concurrent.CopyOnWriteArrayList<>();

        void afterSuggest(Runnable action) {
            afterSuggest.add(action);
        }

        @Override
        public void onComplete(org.eclipse.jetty.server.Request request) {
            if (!afterSuggest.isEmpty() && "/v1/suggest".equals(request.getRequestURI())
                    && "POST".equals(request.getMethod())) {
                afterSuggest.forEach(Runnable::run);
            }
        }
    }

    /**
     * Who acts in the workbench: the API key's holder when a key authenticated the request (its name, or its
     * id when the name is not a plain identifier), else (authentication off) the coder named in the headers.
     */
    static CoderIdentity coderIdentity() {
        CoderIdentity headers = CoderIdentity.fromHeaders();
        return (ctx, body) -> {
            Principal p = ctx.attribute(Principal.ATTRIBUTE);
            if (p == null || p == Principal.DEVELOPMENT) {
                return headers.identify(ctx, body);
            }
            org.opencac.workbench.encounter.Principal fromHeaders = headers.identify(ctx, null);
            String coder = CoderIdentity.ID.matcher(p.name()).matches() ? p.name() : "key-" + p.keyId();
            return new org.opencac.workbench.encounter.Principal(fromHeaders.orgId(), coder);
        };
    }

    /** Each loaded code system with its version and, for CPT, its source (team list or licensed file). */
    static List<Map<String, String>> codeSystems(Pipeline pipeline) {
        List<Map<String, String>> systems = new ArrayList<>();
        Map<String, String> icd = new LinkedHashMap<>();
        icd.put("codeSystem", "ICD-10-CM");
        icd.put("codeSetVersion", pipeline.version().label());
        ValidityPeriod.of(pipeline.version()).ifPresent(p -> {
            icd.put("validFrom", p.from().toString());
            icd.put("validTo", p.to().toString());
        });
        systems.add(icd);
        pipeline.modules().forEach(m -> {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("codeSystem", m.system().displayName());
            s.put("codeSetVersion", m.version().label());
            ValidityPeriod.of(m.version()).ifPresent(p -> {
                s.put("validFrom", p.from().toString());
                s.put("validTo", p.to().toString());
            });
            if (m.source() != null) {
                s.put("source", m.source());
            }
            systems.add(s);
        });
        return systems;
    }

    private static void accessLog(Context ctx, Float ms, Metrics metrics) {
        try {
            String route;
            try {
                route = ctx.endpointHandlerPath();
            } catch (RuntimeException e) {
                route = null;
            }
            if (route == null || route.contains(" ") || route.equals("*")) {
                route = "unmatched";
            }
            int status = ctx.statusCode();
            metrics.request(ctx.method().name(), route, status, Duration.ofNanos((long) (ms * 1_000_000)));
            String error = ctx.attribute(ErrorMapping.ERROR_ATTRIBUTE);
            if (error != null) {
                metrics.error(error, status);
            }
            Principal p = ctx.attribute(Principal.ATTRIBUTE);
            var line = ACCESS.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
                    .addKeyValue("status", status).addKeyValue("ms", Math.round(ms * 10) / 10.0);
            if (p != null) {
                line = line.addKeyValue("keyId", p.keyId());
            }
            if (error != null) {
                line = line.addKeyValue("error", error);
            }
            line.log("access");
        } finally {
            MDC.remove("requestId");
        }
    }
}
