package org.opencac.evaluation.assertion;

/**
 * Precision, recall and F1 of one assertion category over an assertion set.
 *
 * @param category  e.g. "negated", "family"
 * @param tp        rows where gold and prediction both have the category
 * @param fp        rows predicted with it that the gold lacks
 * @param fn        gold rows with it that the prediction missed
 * @param precision tp / (tp + fp), 0 when nothing was predicted
 * @param recall    tp / (tp + fn), 0 when the gold has none
 * @param f1        harmonic mean of precision and recall
 */
public record CategoryScore(String category, int tp, int fp, int fn, double precision, double recall, double f1) {

    public static CategoryScore of(String category, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new CategoryScore(category, tp, fp, fn, p, r, f);
    }
}
