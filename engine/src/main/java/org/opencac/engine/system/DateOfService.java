package org.opencac.engine.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date of service as every entry point reads it: exactly an ISO date, {@code YYYY-MM-DD}, that exists
 * (2026-02-30 does not). It picks each system's code-set release ({@link CodeSetVersions#select}).
 */
public final class DateOfService {
    private DateOfService() {
    }

    /** The date written in {@code raw}, or empty when {@code raw} is not a real date written YYYY-MM-DD. */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null || !raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
