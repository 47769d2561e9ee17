package org.opencac.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.opencac.api.Settings;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

/** The HTTP service: routes and error mapping, wired in one place. */
public final class HttpServer {
    private HttpServer() {
    }

    /** Builds the app (not started). */
    public static Javalin create(Settings settings, ModelBundle models, Pipeline pipeline) {
        ObjectMapper mapper = new ObjectMapper();
        SuggestHandler suggest = new SuggestHandler(pipeline, mapper, settings.maxNoteChars(),
                settings.maxSuggestions(), Settings.MAX_SUGGESTIONS_CEILING);
        CodeLookupHandler codes = new CodeLookupHandler(models.codeSet(), models.index(), pipeline);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // JSON escaping can grow a note up to 6x; anything larger is refused before it is read.
            config.http.maxRequestSize = (long) settings.maxNoteChars() * 6 + 4096;
        });
        app.post("/v1/suggest", suggest::handle);
        app.get("/v1/codes/{code}", codes::get);
        app.get("/v1/codes", codes::search);
        java.util.List<Map<String, String>> systems = new java.util.ArrayList<>();
        systems.add(Map.of("codeSystem", "ICD-10-CM", "codeSetVersion", pipeline.version().label()));
        pipeline.modules().forEach(m -> {
            Map<String, String> s = new java.util.LinkedHashMap<>();
            s.put("codeSystem", m.system().displayName());
            s.put("codeSetVersion", m.version().label());
            if (m.source() != null) {
                s.put("source", m.source());
            }
            systems.add(s);
        });
        app.get("/health", ctx -> ctx.json(Map.of("status", "ok",
                "codeSetVersion", pipeline.version().label(), "codeSystems", systems)));
        ErrorMapping.install(app);
        return app;
    }
}
