package org.opencac.api.auth;

/**
 * Who made a request: stored in the request attribute {@link #ATTRIBUTE} for every handler.
 *
 * @param keyId the API key's public id (never the secret)
 * @param name  the key's name, e.g. "epic-prod"
 * @param role  its role
 */
public record Principal(String keyId, String name, Role role) {
    /** The request attribute that holds the authenticated principal. */
    public static final String ATTRIBUTE = "opencac.principal";

    /** The principal of every request when authentication is off (local development). */
    public static final Principal DEVELOPMENT = new Principal("dev", "authentication off", Role.ADMIN);
}
