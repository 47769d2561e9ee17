/**
 * Writes an {@link org.opencac.evaluation.EvaluationReport} for machines
 * ({@link org.opencac.evaluation.report.JsonReportWriter}, which also reads it back) and for people
 * ({@link org.opencac.evaluation.report.HtmlReport}).
 *
 * <p>Trap: the HTML file must open offline, so Apache ECharts is inlined from the webjar on the
 * classpath rather than linked; nothing in the page loads from the network.
 */
package org.opencac.evaluation.report;
