package org.opencac.engine.note;

import java.util.Objects;

/**
 * A clinical note to code: its text exactly as received (every offset points into it) and the setting.
 *
 * @param text    the note text
 * @param setting the encounter setting
 */
public record Note(String text, CareSetting setting) {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(setting, "setting");
    }
}
