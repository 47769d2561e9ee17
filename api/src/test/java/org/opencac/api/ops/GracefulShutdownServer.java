package org.opencac.api.ops;

import java.util.List;
import java.util.Map;
import org.opencac.api.ServiceOptions;
import org.opencac.api.Settings;
import org.opencac.api.TestModels;
import org.opencac.api.http.HttpServer;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;

/** A service whose coding takes 2 s, run in its own JVM by {@link GracefulShutdownTest}; stops like Main does. */
public final class GracefulShutdownServer {
    private GracefulShutdownServer() {
    }

    public static void main(String[] args) {
        Settings settings = Settings.load(Map.of("OPENCAC_PORT", "0", "OPENCAC_HOST", "127.0.0.1",
                "OPENCAC_CACHE_DIR", TestModels.cacheDir().toString()));
        ServiceOptions options = ServiceOptions.load(Map.of("OPENCAC_AUTH", "off", "OPENCAC_CODING_SLOTS", "32",
                "OPENCAC_REQUEST_DEADLINE_MS", "60000", "OPENCAC_SHUTDOWN_TIMEOUT_MS", "20000"));
        HttpServer.Service service = HttpServer.boot(settings, options, null);
        service.app().start();
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "graceful-shutdown"));
        Pipeline slow = new Pipeline(TestModels.pipeline().version(), List.of((Document d) -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return d;
        }));
        HttpServer.install(service, TestModels.models(), slow);
        System.out.println("PORT " + service.app().port());
        System.out.flush();
    }
}
