package org.opencac.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Service hardening settings, read like {@link Settings} (defaults, then the properties file, then
 * {@code OPENCAC_*} variables).
 *
 * @param authEnabled        API keys required ({@code auth}, {@code OPENCAC_AUTH}: on/off; default on)
 * @param dataDir            where the hashed API keys live ({@code data.dir}, default ~/.local/share/opencac)
 * @param requestDeadline    longest a coding request may take ({@code request.deadline.ms}, default 8000)
 * @param codingSlots        notes coded at once ({@code coding.slots}, default: cores)
 * @param queueWait          longest wait for a coding slot before 503 ({@code coding.queue.wait.ms}, default 2000)
 * @param idleTimeout        connection idle/read timeout ({@code http.idle.timeout.ms}, default 5000)
 * @param minRequestDataRate slowest accepted request body, bytes/s ({@code http.min.data.rate}, default 1024)
 * @param maxThreads         HTTP worker threads ({@code http.max.threads}, default 400)
 * @param shutdownTimeout    how long a graceful stop waits for in-flight requests ({@code shutdown.timeout.ms}, default 20000)
 */
public record ServiceOptions(boolean authEnabled, Path dataDir, Duration requestDeadline, int codingSlots,
                             Duration queueWait, Duration idleTimeout, long minRequestDataRate, int maxThreads,
                             Duration shutdownTimeout) {

    public static ServiceOptions load(Map<String, String> env) {
        Properties d = new Properties();
        d.setProperty("auth", "on");
        d.setProperty("data.dir", Path.of(System.getProperty("user.home"), ".local", "share", "opencac").toString());
        d.setProperty("request.deadline.ms", "8000");
        d.setProperty("coding.slots", Integer.toString(Runtime.getRuntime().availableProcessors()));
        d.setProperty("coding.queue.wait.ms", "2000");
        d.setProperty("http.idle.timeout.ms", "5000");
        d.setProperty("http.min.data.rate", "1024");
        d.setProperty("http.max.threads", "400");
        d.setProperty("shutdown.timeout.ms", "20000");
        Properties p = Settings.layered(env, d);
        String auth = p.getProperty("auth").toLowerCase(Locale.ROOT);
        if (!auth.equals("on") && !auth.equals("off")) {
            throw new IllegalArgumentException("setting auth (OPENCAC_AUTH) must be on or off, got '" + auth + "'");
        }
        return new ServiceOptions(auth.equals("on"), Path.of(p.getProperty("data.dir")),
                Duration.ofMillis(Settings.intSetting(p, "request.deadline.ms", 100, 600_000)),
                Settings.intSetting(p, "coding.slots", 1, 256),
                Duration.ofMillis(Settings.intSetting(p, "coding.queue.wait.ms", 0, 600_000)),
                Duration.ofMillis(Settings.intSetting(p, "http.idle.timeout.ms", 500, 3_600_000)),
                Settings.intSetting(p, "http.min.data.rate", 0, 100_000_000),
                Settings.intSetting(p, "http.max.threads", 16, 10_000),
                Duration.ofMillis(Settings.intSetting(p, "shutdown.timeout.ms", 0, 600_000)));
    }

    /** Options for embedding and tests: no authentication, the other defaults. */
    public static ServiceOptions unauthenticated() {
        return load(Map.of("OPENCAC_AUTH", "off"));
    }
}
