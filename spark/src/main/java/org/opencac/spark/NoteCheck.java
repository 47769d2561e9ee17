package org.opencac.spark;

import java.util.Optional;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.PatientSex;

/**
 * Why an input row cannot be coded, or nothing if it can. The reasons are stable strings, written to
 * the error output (never with the note's text).
 */
public final class NoteCheck {
    /** The service's limit (OPENCAC_MAX_NOTE_CHARS default), in Unicode code points. */
    public static final int DEFAULT_MAX_CODE_POINTS = 100_000;

    private NoteCheck() {
    }

    /**
     * As {@link #problem(String, String, String, int)}, and a date of service (null = none) that is not a day
     * written YYYY-MM-DD (a Spark date or timestamp column, cast to a string, is one).
     */
    public static Optional<String> problem(String id, String text, String setting, String dateOfService,
                                           int maxCodePoints) {
        Optional<String> p = problem(id, text, setting, maxCodePoints);
        if (p.isPresent() || dateOfService == null || dateOfService(dateOfService).isPresent()) {
            return p;
        }
        return Optional.of("invalid_date_of_service: expected YYYY-MM-DD");
    }

    /** Why a row's sex (null = not given) cannot be read: it is not male, female or unknown. */
    public static Optional<String> sexProblem(String sex) {
        return sex == null || PatientSex.parse(sex).isPresent() ? Optional.empty()
                : Optional.of("invalid_sex: expected male, female or unknown");
    }

    /** The day of a date-of-service value: YYYY-MM-DD, alone or followed by a time ("T" or a space). */
    public static Optional<java.time.LocalDate> dateOfService(String value) {
        if (value == null || value.length() < 10
                || (value.length() > 10 && value.charAt(10) != 'T' && value.charAt(10) != ' ')) {
            return Optional.empty();
        }
        return org.opencac.engine.system.DateOfService.parse(value.substring(0, 10));
    }

    public static Optional<String> problem(String id, String text, String setting, int maxCodePoints) {
        if (id == null || id.isBlank()) {
            return Optional.of("missing_id");
        }
        if (text == null || text.isBlank()) {
            return Optional.of("empty_text");
        }
        if (text.codePointCount(0, text.length()) > maxCodePoints) {
            return Optional.of("note_too_large: more than " + maxCodePoints + " code points");
        }
        if (setting == null || CareSetting.parse(setting).isEmpty()) {
            return Optional.of("unknown_setting: expected outpatient or inpatient");
        }
        return Optional.empty();
    }
}
