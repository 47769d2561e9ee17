package org.opencac.workbench.encounter;

import java.util.Locale;
import java.util.Optional;

/** What a coder did with a suggestion: accept it, reject it, replace its code, or add a code the engine missed. */
public enum DecisionAction {
    ACCEPT, REJECT, MODIFY, ADD;

    public static Optional<DecisionAction> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
