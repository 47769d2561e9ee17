package org.opencac.api.auth;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do. {@link #ADMIN} may do everything; coder and integrator are separate. */
public enum Role {
    /** Reviews and decides: code look-up, encounters, queue, dashboard, the review UI. */
    CODER,
    /** Systems that send notes: suggest, FHIR, CDS Hooks. */
    INTEGRATOR,
    /** Keys, code-set versions, learning reset; and everything else. */
    ADMIN;

    public boolean mayActAs(Role required) {
        return this == ADMIN || this == required;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String s) {
        for (Role r : values()) {
            if (r.wireName().equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
