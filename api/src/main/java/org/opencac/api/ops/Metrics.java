package org.opencac.api.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The service's Prometheus metrics (Micrometer), served at {@code /metrics}. */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final DistributionSummary suggestionsPerNote;
    /**
     * The meters of each request and note, by their tags, registered on first use: the registry hands back the
     * same meter for the same tags, but building its id anew (tags sorted, then looked up) on every request was
     * a measurable part of a request's own work outside coding.
     */
    private final ConcurrentHashMap<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> notesCoded = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Timer> codingTimers = new ConcurrentHashMap<>();

    /**
     * Whether the JVM's memory and thread meters are bound: on the first scrape, as they are read only by a scrape
     * (binding them, about 40-60 ms of a start-up's CPU, took a core from the models' loading).
     */
    private volatile boolean jvmMetersBound;

    public Metrics() {
        suggestionsPerNote = DistributionSummary.builder("opencac.suggestions.per.note")
                .description("suggestions returned per coded note").publishPercentileHistogram()
                .minimumExpectedValue(1.0).maximumExpectedValue(100.0).register(registry);
    }

    /** One HTTP request, by route template (never the raw path), method and status. */
    public void request(String method, String route, int status, Duration took) {
        requestTimers.computeIfAbsent(method + '\u0000' + route + '\u0000' + status,
                k -> Timer.builder("http.server.requests").description("HTTP request latency")
                        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30)).register(registry)).record(took);
    }

    /** A note coded, with how many suggestions were returned and how long coding took. */
    public void noteCoded(String via, String setting, int suggestions, Duration took) {
        notesCoded.computeIfAbsent(via + '\u0000' + setting, k -> Counter.builder("opencac.notes.coded")
                .description("notes coded").tag("via", via).tag("setting", setting).register(registry)).increment();
        suggestionsPerNote.record(suggestions);
        codingTimers.computeIfAbsent(via, k -> Timer.builder("opencac.coding.duration")
                .description("time to code one note").tag("via", via)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry)).record(took);
    }

    /** An error answered, by its {@code error} code. */
    public void error(String kind, int status) {
        Counter.builder("opencac.errors").description("error answers by kind").tag("error", kind)
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    /** A gauge read on each scrape, e.g. in-flight coding or queue depth. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    public String scrape() {
        bindJvmMeters();
        return registry.scrape();
    }

    private void bindJvmMeters() {
        if (jvmMetersBound) {
            return;
        }
        synchronized (this) {
            if (!jvmMetersBound) {
                new JvmMemoryMetrics().bindTo(registry);
                new JvmThreadMetrics().bindTo(registry);
                jvmMetersBound = true;
            }
        }
    }
}
