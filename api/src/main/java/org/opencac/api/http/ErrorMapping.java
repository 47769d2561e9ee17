package org.opencac.api.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP responses, always as {@link ErrorBody} JSON. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.error(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            switch (status) {
                case 413 -> send(ctx, status, "note_too_large", "request body is larger than the service accepts");
                case 404 -> send(ctx, status, "not_found", "no such resource: " + ctx.path());
                case 405 -> send(ctx, status, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
                default -> send(ctx, status, "http_" + status, e.getMessage());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal_error", "the service failed to process the request; it has been logged");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 404, "not_found", "no such resource: " + ctx.path());
            }
        });
        app.error(405, ctx -> send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void send(Context ctx, int status, String error, String message) {
        ctx.status(status).json(new ErrorBody(status, error, message));
    }
}
