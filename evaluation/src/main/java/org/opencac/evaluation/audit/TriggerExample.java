package org.opencac.evaluation.audit;

/**
 * Where a trigger was seen.
 *
 * @param noteId the note's id
 * @param window a few words either side of the trigger (safe to write to a file)
 * @param clause the sentence around the trigger (shown on screen only)
 */
public record TriggerExample(String noteId, String window, String clause) {
}
