package org.opencac.evaluation;

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
}
