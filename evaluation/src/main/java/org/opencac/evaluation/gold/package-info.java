/**
 * Gold-standard corpora: notes with the codes a human coder assigned, and readers for them.
 *
 * <p>Inputs: a JSON Lines file ({@link org.opencac.evaluation.gold.JsonLinesGoldReader}) or a
 * CodiEsp-style folder of {@code <id>.txt} notes plus a TSV of codes
 * ({@link org.opencac.evaluation.gold.CodiEspGoldReader}). Output: a
 * {@link org.opencac.evaluation.gold.GoldSet}. Codes are normalized with
 * {@link org.opencac.evaluation.Codes#normalize}.
 *
 * <p>Trap: readers are all-or-nothing. Any bad line throws a
 * {@link org.opencac.evaluation.gold.GoldFormatException} naming the file and line, so a
 * half-read corpus is never scored.
 */
package org.opencac.evaluation.gold;
