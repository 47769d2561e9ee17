package org.opencac.api.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json} (the maintained OpenAPI 3 description) and {@code GET /docs} (Swagger UI from its WebJar). */
final class ApiDocs {
    static final String SPEC_RESOURCE = "/org/opencac/api/http/openapi.json";
    /** Must match the swagger-ui WebJar version in the parent pom (a test checks the page's assets load). */
    static final String SWAGGER_UI_VERSION = "5.34.1";

    private ApiDocs() {
    }

    static String spec() {
        try (InputStream in = ApiDocs.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SPEC_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void install(Javalin app) {
        String spec = spec();
        String ui = "/webjars/swagger-ui/" + SWAGGER_UI_VERSION;
        String page = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>OpenCAC API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});</script>
                </body></html>
                """.formatted(ui);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(spec));
        app.get("/docs", ctx -> ctx.html(page));
    }
}
