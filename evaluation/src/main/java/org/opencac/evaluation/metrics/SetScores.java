package org.opencac.evaluation.metrics;

/**
 * Set-based scores of one code system at one granularity (exact codes or 3-character categories).
 * Micro figures pool all notes' counts; macro figures average each code's own precision, recall
 * and F1 over every code seen in the gold or the predictions (macro F1 is that mean, not the
 * harmonic mean of macro precision and recall).
 */
public record SetScores(Estimate microPrecision, Estimate microRecall, Estimate microF1,
                        double macroPrecision, double macroRecall, double macroF1,
                        int tp, int fp, int fn, int codes) {
}
