package org.opencac.evaluation.batch;

import org.opencac.engine.note.PatientSex;

/**
 * One note to code.
 *
 * @param id      the note id (file name without {@code .txt}, or the JSON {@code id})
 * @param text    the note text
 * @param setting "outpatient" or "inpatient"
 * @param problem why the input line cannot be coded, or null
 * @param dateOfService the note's date of service, or null (none: the newest code-set releases)
 * @param sex     the patient's sex, UNKNOWN when the input names none (then the note is read for it)
 */
public record BatchNote(String id, String text, String setting, String problem, java.time.LocalDate dateOfService,
                        PatientSex sex) {
    public BatchNote {
        sex = sex == null ? PatientSex.UNKNOWN : sex;
    }

    /** A note without a date of service or a sex. */
    public BatchNote(String id, String text, String setting, String problem) {
        this(id, text, setting, problem, null, PatientSex.UNKNOWN);
    }

    /** This note with {@code date} as its date of service when it names none. */
    BatchNote withDefaultDate(java.time.LocalDate date) {
        return dateOfService != null || date == null ? this : new BatchNote(id, text, setting, problem, date, sex);
    }
}
