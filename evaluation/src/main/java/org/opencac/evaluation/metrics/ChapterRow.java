package org.opencac.evaluation.metrics;

/**
 * One chapter's line in the per-chapter table: the counts of its codes pooled (micro).
 *
 * @param chapter the chapter number, 0 for codes outside every ICD-10-CM chapter
 * @param range   e.g. "A00-B99", or "other"
 */
public record ChapterRow(int chapter, String range, String title, int tp, int fp, int fn,
                         double precision, double recall, double f1) {
}
