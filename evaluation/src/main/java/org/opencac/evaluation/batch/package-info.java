/**
 * Batch coding: {@link org.opencac.evaluation.batch.BatchCoder} codes a folder of {@code .txt}
 * notes or a JSON Lines file of {@code {"id","text","setting"?}} into a JSON Lines output, one line
 * per note, in parallel.
 *
 * <p>Traps: runs are resumable, so any id already in the output (coded or failed) is skipped on
 * rerun; delete a line to have that note coded again. A bad note becomes an
 * {@code {"id":...,"error":...}} line and never stops the batch. Lines are appended whole, so a
 * crash leaves at most one torn last line, which the next run removes.
 */
package org.opencac.evaluation.batch;
