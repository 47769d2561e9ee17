package org.opencac.api.auth;

import io.javalin.http.Context;
import java.util.Locale;
import org.opencac.api.http.ApiException;
import org.opencac.api.http.ErrorKind;

/**
 * Checks the API key ({@code X-API-Key} or {@code Authorization: Bearer}) against the role the route needs
 * ({@link RouteRoles}) and puts the {@link Principal} in the request attribute {@link Principal#ATTRIBUTE}.
 * With authentication off every request is {@link Principal#DEVELOPMENT}.
 */
public final class AuthFilter {
    private final ApiKeys keys;

    /** {@code keys} null means authentication is off. */
    public AuthFilter(ApiKeys keys) {
        this.keys = keys;
    }

    public void handle(Context ctx) {
        if (keys == null) {
            ctx.attribute(Principal.ATTRIBUTE, Principal.DEVELOPMENT);
            return;
        }
        var rule = RouteRoles.ruleFor(ctx.path());
        if (rule.isPresent() && rule.get().role().isEmpty()) {
            return;
        }
        String token = presentedKey(ctx);
        if (token == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(ErrorKind.UNAUTHORIZED,
                    "send an API key as X-API-Key or Authorization: Bearer (create one with: opencac keys create)");
        }
        Principal p = keys.authenticate(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiException(ErrorKind.UNAUTHORIZED, "the API key is unknown or revoked");
        });
        ctx.attribute(Principal.ATTRIBUTE, p);
        if (rule.isPresent() && !p.role().mayActAs(rule.get().role().get())) {
            throw new ApiException(ErrorKind.FORBIDDEN, "role " + p.role().wireName() + " may not use this route; it needs "
                    + rule.get().role().get().wireName());
        }
    }

    static String presentedKey(Context ctx) {
        String k = ctx.header("X-API-Key");
        if (k != null && !k.isBlank()) {
            return k.trim();
        }
        String a = ctx.header("Authorization");
        if (a != null && a.length() > 7 && a.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return a.substring(7).trim();
        }
        return null;
    }
}
