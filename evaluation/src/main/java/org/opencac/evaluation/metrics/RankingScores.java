package org.opencac.evaluation.metrics;

/**
 * Ranking figures averaged over the notes that have at least one gold code in the system.
 *
 * @param notes the number of notes averaged over
 * @param categoryMeanAveragePrecision MAP on 3-character categories: gold and ranked codes cut to their
 *                                     category, each category ranked where its first code is
 */
public record RankingScores(double precisionAt1, double precisionAt5, double precisionAt10,
                            double recallAt1, double recallAt5, double recallAt10,
                            double meanAveragePrecision, int notes,
                            double categoryMeanAveragePrecision) {
}
