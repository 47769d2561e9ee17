package org.opencac.engine.note;

import java.util.Objects;

/**
 * A clinical note to code: its text exactly as received (every offset points into it), the setting and the
 * patient's sex when the request gives it.
 *
 * @param text    the note text
 * @param setting the encounter setting
 * @param sex     the patient's sex as the request gives it; UNKNOWN when it does not (then the note is read)
 */
public record Note(String text, CareSetting setting, PatientSex sex) {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(setting, "setting");
        sex = sex == null ? PatientSex.UNKNOWN : sex;
    }

    /** A note whose request does not give the patient's sex. */
    public Note(String text, CareSetting setting) {
        this(text, setting, PatientSex.UNKNOWN);
    }
}
