package org.opencac.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP responses, always as an RFC 9457 problem
 * ({@link ErrorBody}, {@code application/problem+json}). Never echoes note text, never logs it.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Request attribute with the {@code error} code of the answer, for the access log and metrics. */
    static final String ERROR_ATTRIBUTE = "opencac.error";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorMapping() {
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
            }
            send(ctx, e.status(), e.error(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            switch (status) {
                case 413 -> send(ctx, status, "note_too_large", "request body is larger than the service accepts");
                case 404 -> send(ctx, status, "not_found", "no such resource: " + safePath(ctx));
                case 405 -> {
                    if (e instanceof MethodNotAllowedResponse m && !m.getDetails().isEmpty()) {
                        ctx.header("Allow", m.getDetails().values().iterator().next());
                    }
                    send(ctx, status, "method_not_allowed", ctx.method() + " is not allowed on " + safePath(ctx));
                }
                default -> send(ctx, status, ErrorKind.forStatus(status).code(), ErrorKind.forStatus(status).title());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof BadMessageException b) {
                send(ctx, b.getCode(), ErrorKind.forStatus(b.getCode()).code(), "the HTTP request was malformed or too slow");
                return;
            }
            if (e instanceof IOException || e.getCause() instanceof IOException) {
                boolean timeout = e instanceof TimeoutException || e.getCause() instanceof TimeoutException
                        || (e.getCause() != null && e.getCause().getCause() instanceof TimeoutException);
                ErrorKind k = timeout ? ErrorKind.REQUEST_TIMEOUT : ErrorKind.BAD_REQUEST;
                send(ctx, k.status(), k.code(), "could not read the request body");
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.endpointHandlerPath(), e);
            send(ctx, 500, "internal_error", "the service failed to process the request; it has been logged");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 404, "not_found", "no such resource: " + safePath(ctx));
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + safePath(ctx));
            }
        });
    }

    /** Javalin's handler for java.lang.Error (out of memory, stack overflow): a problem body, never an empty one. */
    static void onError(HttpServletResponse res, Error err) {
        LOG.error("fatal error while serving a request", err);
        if (res.isCommitted()) {
            return;
        }
        boolean memory = err instanceof OutOfMemoryError;
        int status = memory ? 503 : 500;
        try {
            res.reset();
            res.setStatus(status);
            res.setContentType(ErrorBody.MEDIA_TYPE);
            if (memory) {
                res.setHeader("Retry-After", "10");
            }
            res.getOutputStream().write(ProblemErrorHandler.body(status,
                    memory ? "the service ran out of memory for this request; retry later"
                            : "the service failed to process the request; it has been logged"));
        } catch (IOException | RuntimeException ignored) {
            // the client is gone
        }
    }

    static void send(Context ctx, int status, String error, String message) {
        ctx.attribute(ERROR_ATTRIBUTE, error);
        String body;
        try {
            body = JSON.writeValueAsString(ErrorBody.of(status, error, message, ctx.attribute(RequestIds.ATTRIBUTE)));
        } catch (JsonProcessingException e) {
            body = new String(ProblemErrorHandler.body(status, message), java.nio.charset.StandardCharsets.UTF_8);
        }
        ctx.status(status).contentType(ErrorBody.MEDIA_TYPE).result(body);
    }

    /** The path, cut and reduced to safe characters: paths are not notes, but nothing is echoed raw. */
    private static String safePath(Context ctx) {
        String p = ctx.path().replaceAll("[^A-Za-z0-9/._$-]", "?");
        return p.length() > 100 ? p.substring(0, 100) + "..." : p;
    }
}
