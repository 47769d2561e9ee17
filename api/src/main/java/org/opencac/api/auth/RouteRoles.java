package org.opencac.api.auth;

import java.util.List;
import java.util.Optional;

/**
 * The one table of which role each route needs. The first matching row wins; a pattern ending in
 * {@code *} matches the prefix before it. Paths in no row need a valid key of any role.
 */
public final class RouteRoles {
    /**
     * One row.
     *
     * @param pattern an exact path, or a prefix followed by {@code *}
     * @param role    the role required; empty for public routes
     */
    public record Rule(String pattern, Optional<Role> role) {
        boolean matches(String path) {
            return pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern);
        }
    }

    /** In order: public first, then admin-only rows that sit under wider rows, then the rest. */
    public static final List<Rule> RULES = List.of(
            open("/health"), open("/health/*"),
            // Documentation carries no data, and a browser cannot send a key when it opens the page.
            open("/openapi.json"), open("/docs"), open("/docs/*"), open("/webjars/*"),
            // The workbench page's own files hold no patient data; every call the page makes sends its key.
            open("/ui"), open("/ui/*"),
            needs("/v1/admin/*", Role.ADMIN), needs("/v1/learning/reset", Role.ADMIN),
            needs("/v1/suggest", Role.INTEGRATOR), needs("/fhir/*", Role.INTEGRATOR),
            needs("/cds-services", Role.INTEGRATOR), needs("/cds-services/*", Role.INTEGRATOR),
            needs("/v1/codes", Role.CODER), needs("/v1/codes/*", Role.CODER),
            needs("/v1/encounters", Role.CODER), needs("/v1/encounters/*", Role.CODER),
            needs("/v1/queue", Role.CODER), needs("/v1/dashboard", Role.CODER), needs("/v1/dashboard/*", Role.CODER),
            needs("/v1/learning", Role.CODER), needs("/v1/learning/*", Role.CODER),
            needs("/v1/reject-reasons", Role.CODER), needs("/v1/code-systems", Role.CODER));

    private RouteRoles() {
    }

    private static Rule open(String pattern) {
        return new Rule(pattern, Optional.empty());
    }

    private static Rule needs(String pattern, Role role) {
        return new Rule(pattern, Optional.of(role));
    }

    /** The rule for a path, if any row matches. */
    public static Optional<Rule> ruleFor(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return RULES.stream().filter(r -> r.matches(p)).findFirst();
    }

    /** True for routes anyone may call without a key. */
    public static boolean isPublic(String path) {
        return ruleFor(path).map(r -> r.role().isEmpty()).orElse(false);
    }
}
