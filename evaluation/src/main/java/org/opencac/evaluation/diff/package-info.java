/**
 * Compares two evaluation runs. {@link org.opencac.evaluation.diff.RunDiff} reads two report JSON
 * files (A, the old run, and B, the new one) and gives a
 * {@link org.opencac.evaluation.diff.RunComparison}: headline deltas (B - A) with each side's
 * interval, codes whose F1 changed, and the notes that changed most. It renders as a text table
 * for the CLI or as JSON.
 *
 * <p>Trap: overlapping intervals do not prove two runs equal, and a delta outside them is only a
 * hint; both runs must use the same gold set for the note comparison to mean anything.
 */
package org.opencac.evaluation.diff;
