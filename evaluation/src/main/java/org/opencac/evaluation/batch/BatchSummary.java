package org.opencac.evaluation.batch;

/**
 * What a batch run did.
 *
 * @param total   notes in the input
 * @param skipped notes already in the output from an earlier run
 * @param coded   notes coded now
 * @param failed  notes that failed now (written as error lines)
 */
public record BatchSummary(int total, int skipped, int coded, int failed, long wallTimeMillis) {
}
