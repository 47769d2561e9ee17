package org.opencac.evaluation.metrics;

/**
 * One code's line in the per-code table.
 *
 * @param code    the normalized code
 * @param chapter the ICD-10-CM chapter number, 0 when none applies
 * @param support how many notes have it in gold (tp + fn)
 */
public record CodeRow(String code, int chapter, int support, int tp, int fp, int fn,
                      double precision, double recall, double f1) {

    static CodeRow of(String code, int chapter, Counts counts) {
        return new CodeRow(code, chapter, counts.tp() + counts.fn(), counts.tp(), counts.fp(), counts.fn(),
                counts.precision(), counts.recall(), counts.f1());
    }
}
