package org.opencac.engine.coding;

import java.util.Objects;

/**
 * A code that competed for the same documented condition and was not chosen.
 *
 * @param code        the code with its dot
 * @param description its title
 * @param reason      why it was not chosen, for the coder
 */
public record Alternative(String code, String description, String reason) {
    public Alternative {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(reason, "reason");
    }
}
