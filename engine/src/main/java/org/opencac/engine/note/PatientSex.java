package org.opencac.engine.note;

import java.util.Locale;
import java.util.Optional;

/** The patient's sex as far as code choice goes: some codes are for one sex only (a female or male organ). */
public enum PatientSex {
    MALE, FEMALE, UNKNOWN;

    /** The sex as requests and outputs write it: "male", "female" or "unknown". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The other sex; UNKNOWN for UNKNOWN. */
    public PatientSex other() {
        return this == MALE ? FEMALE : this == FEMALE ? MALE : UNKNOWN;
    }

    /**
     * Parses a request value: "male"/"female" (or "m"/"f"), any case, as FHIR administrative gender and most
     * records write it; "unknown" or "other" is UNKNOWN. Anything else: empty.
     */
    public static Optional<PatientSex> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "male", "m" -> Optional.of(MALE);
            case "female", "f" -> Optional.of(FEMALE);
            case "unknown", "other", "u" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }
}
