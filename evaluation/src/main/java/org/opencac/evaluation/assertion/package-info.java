/**
 * Assertion evaluation: scores the assertion stage on gold sentences (TSV: id, sentence, target, negated,
 * uncertain, hypothetical, historical, experiencer, note). {@link org.opencac.evaluation.assertion.AssertionEvaluator}
 * runs the pipeline's own section, sentence and assertion stages with one mention on the target's first
 * occurrence and reports P/R/F1 per category plus the misclassified rows. Trap: only the first occurrence
 * of the target is judged, so a gold row must make that occurrence the one it means.
 */
package org.opencac.evaluation.assertion;
