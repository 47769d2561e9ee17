package org.opencac.evaluation.batch;

/**
 * One note to code.
 *
 * @param id      the note id (file name without {@code .txt}, or the JSON {@code id})
 * @param text    the note text
 * @param setting "outpatient" or "inpatient"
 * @param problem why the input line cannot be coded, or null
 */
public record BatchNote(String id, String text, String setting, String problem) {
}
