/**
 * Accuracy metrics for code suggestion, computed per code system over
 * {@link org.opencac.evaluation.metrics.NoteCodes} (one note's gold codes and ranked predictions).
 *
 * <p>Conventions, shared by every class here: a ratio with a zero denominator is 0 (precision with
 * no predictions, recall with no gold); a code predicted twice in one note counts once, at its best
 * (first) rank; tied scores keep the order the coder gave; macro averages run over every code that
 * appears in the gold or the predictions. {@link org.opencac.evaluation.metrics.SystemScorer}
 * computes all of it at once into a {@link org.opencac.evaluation.metrics.SystemMetrics}.
 */
package org.opencac.evaluation.metrics;
