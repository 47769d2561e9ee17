/**
 * Accuracy evaluation of a {@link org.opencac.evaluation.NoteCoder} against gold notes.
 *
 * <p>Flow: read a {@link org.opencac.evaluation.gold.GoldSet}, run
 * {@link org.opencac.evaluation.CodingEvaluator#evaluate} (parallel, with a
 * {@link org.opencac.evaluation.ProgressBar}), write the {@link org.opencac.evaluation.EvaluationReport}
 * with {@code report.JsonReportWriter} or {@code report.HtmlReport}, compare two runs with
 * {@link org.opencac.evaluation.RunDiff}.
 *
 * <p>Traps: the coder is called from several threads; a note whose coding throws is scored as
 * predicting nothing and listed in {@link org.opencac.evaluation.EvaluationReport#failures()}.
 */
package org.opencac.evaluation;
