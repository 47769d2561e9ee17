package org.opencac.evaluation.batch;

/**
 * One note to code.
 *
 * @param id      the note id (file name without {@code .txt}, or the JSON {@code id})
 * @param text    the note text
 * @param setting "outpatient" or "inpatient"
 * @param problem why the input line cannot be coded, or null
 * @param dateOfService the note's date of service, or null (none: the newest code-set releases)
 */
public record BatchNote(String id, String text, String setting, String problem, java.time.LocalDate dateOfService) {
    /** A note without a date of service. */
    public BatchNote(String id, String text, String setting, String problem) {
        this(id, text, setting, problem, null);
    }

    /** This note with {@code date} as its date of service when it names none. */
    BatchNote withDefaultDate(java.time.LocalDate date) {
        return dateOfService != null || date == null ? this : new BatchNote(id, text, setting, problem, date);
    }
}
