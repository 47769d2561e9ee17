package org.opencac.models.index;

/**
 * One search result.
 *
 * @param code     the code with its dot
 * @param title    its title
 * @param billable whether it is reportable
 * @param score    the Lucene score (higher is better; comparable only within one query)
 */
public record CodeHit(String code, String title, boolean billable, float score) {
}
