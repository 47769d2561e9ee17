package org.opencac.api.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** A request id per request: the caller's {@code X-Request-Id} when it is safe, else a new one; in the MDC. */
public final class RequestIds {
    public static final String ATTRIBUTE = "opencac.requestId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        ctx.attribute("opencac.startNanos", System.nanoTime());
        ctx.header(HEADER, id);
        MDC.put("requestId", id);
    }

    public static long startNanos(Context ctx) {
        Long t = ctx.attribute("opencac.startNanos");
        return t == null ? System.nanoTime() : t;
    }
}
