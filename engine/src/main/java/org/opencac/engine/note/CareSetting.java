package org.opencac.engine.note;

import java.util.Locale;
import java.util.Optional;

/** The encounter setting, which changes how uncertain diagnoses are coded (Guidelines IV.H and II.H). */
public enum CareSetting {
    OUTPATIENT,
    INPATIENT;

    /** Parses "outpatient" / "inpatient" in any case. */
    public static Optional<CareSetting> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "outpatient" -> Optional.of(OUTPATIENT);
            case "inpatient" -> Optional.of(INPATIENT);
            default -> Optional.empty();
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
