package org.opencac.evaluation;

import org.opencac.evaluation.gold.GoldNote;

/**
 * What coding one gold note produced: a prediction, or the error that stopped it.
 *
 * @param prediction null when coding failed
 * @param error      null when coding succeeded
 */
public record NoteOutcome(GoldNote note, Prediction prediction, String error) {

    public static NoteOutcome coded(GoldNote note, Prediction prediction) {
        return new NoteOutcome(note, prediction, null);
    }

    public static NoteOutcome failed(GoldNote note, Throwable error) {
        String message = error.getMessage() == null ? "" : ": " + error.getMessage();
        return new NoteOutcome(note, null, error.getClass().getSimpleName() + message);
    }
}
