package org.opencac.evaluation.metrics;

/**
 * What a coder sees in the first {@code k} suggestions of each note, pooled over a group of notes.
 *
 * @param part                 "all", or a gold part such as "tuning" or "frozen"
 * @param notes                notes in the group
 * @param k                    the list length looked at (10)
 * @param shown                suggestions within the first k, summed over notes
 * @param shownCorrect         of those, the gold ones
 * @param gold                 gold codes, summed over notes
 * @param precision            shownCorrect / shown (micro), or null when nothing was shown
 * @param recall               shownCorrect / gold (micro), or null when there is no gold
 * @param firstListedNotes     notes whose gold marks a first-listed code
 * @param firstListedCorrect   of those, notes where the engine's first-listed code is that code
 * @param firstListedAccuracy  firstListedCorrect / firstListedNotes, or null when no note has one
 */
public record TopListScores(String part, int notes, int k, int shown, int shownCorrect, int gold,
                            Double precision, Double recall, int firstListedNotes, int firstListedCorrect,
                            Double firstListedAccuracy) {
}
