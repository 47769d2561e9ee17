package org.opencac.evaluation;

import org.opencac.engine.note.PatientSex;

/**
 * Codes one note. The lead implements it over the engine pipeline; tests use a lambda.
 * Implementations must be thread-safe: evaluators and batch runs call it from several threads.
 */
@FunctionalInterface
public interface NoteCoder {

    /**
     * @param noteId  the note id, for provenance only
     * @param text    the note text
     * @param setting "outpatient" or "inpatient"
     * @return the ranked codes; never null
     */
    Prediction code(String noteId, String text, String setting);

    /**
     * Codes a note for a date of service, which picks each system's code-set release. A coder without
     * dated releases ignores the date.
     *
     * @param dateOfService the date of service, or null (none: the newest releases)
     */
    default Prediction code(String noteId, String text, String setting, java.time.LocalDate dateOfService) {
        return code(noteId, text, setting);
    }

    /**
     * Codes a note for a date of service and a patient's sex, which decides codes for one sex only. A coder that
     * does not read the sex ignores it.
     *
     * @param dateOfService the date of service, or null (none: the newest releases)
     * @param sex           the patient's sex; UNKNOWN (or null) when not given, then the note is read for it
     */
    default Prediction code(String noteId, String text, String setting, java.time.LocalDate dateOfService,
                            PatientSex sex) {
        return dateOfService == null ? code(noteId, text, setting) : code(noteId, text, setting, dateOfService);
    }
}
