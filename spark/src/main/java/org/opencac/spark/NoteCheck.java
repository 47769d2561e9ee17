package org.opencac.spark;

import java.util.Optional;
import org.opencac.engine.note.CareSetting;

/**
 * Why an input row cannot be coded, or nothing if it can. The reasons are stable strings, written to
 * the error output (never with the note's text).
 */
public final class NoteCheck {
    /** The service's limit (OPENCAC_MAX_NOTE_CHARS default), in Unicode code points. */
    public static final int DEFAULT_MAX_CODE_POINTS = 100_000;

    private NoteCheck() {
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
