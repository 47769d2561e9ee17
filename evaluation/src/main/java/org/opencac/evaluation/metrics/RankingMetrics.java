package org.opencac.evaluation.metrics;

import java.util.List;
import java.util.Set;
import org.opencac.evaluation.Codes;

/**
 * Precision@k, recall@k and mean average precision over each note's ranked predictions.
 * <ul>
 *   <li>P@k = (gold codes among the first k predictions) / k, even when fewer than k were made;</li>
 *   <li>R@k = (gold codes among the first k predictions) / (gold codes);</li>
 *   <li>AP = mean, over gold codes, of P@rank at the rank where each is found (0 if never found);
 *       MAP is the mean AP; category MAP is the same on 3-character categories.</li>
 * </ul>
 * Notes with no gold code in the system are left out, since recall and AP are undefined for them.
 * Ties keep the given order; a repeated code was already dropped by {@link NoteCodes#of}.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    public static RankingScores score(List<NoteCodes> notes) {
        double[] sums = new double[8];
        int count = 0;
        for (NoteCodes note : notes) {
            Set<String> gold = note.goldSet();
            if (gold.isEmpty()) {
                continue;
            }
            List<String> ranked = note.ranked();
            count++;
            sums[0] += precisionAt(ranked, gold, 1);
            sums[1] += precisionAt(ranked, gold, 5);
            sums[2] += precisionAt(ranked, gold, 10);
            sums[3] += recallAt(ranked, gold, 1);
            sums[4] += recallAt(ranked, gold, 5);
            sums[5] += recallAt(ranked, gold, 10);
            sums[6] += averagePrecision(ranked, gold);
            sums[7] += averagePrecision(categories(ranked), new java.util.LinkedHashSet<>(categories(List.copyOf(gold))));
        }
        int n = Math.max(count, 1);
        return new RankingScores(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n,
                sums[6] / n, count, sums[7] / n);
    }

    public static double precisionAt(List<String> ranked, Set<String> gold, int k) {
        return (double) hits(ranked, gold, k) / k;
    }

    public static double recallAt(List<String> ranked, Set<String> gold, int k) {
        return gold.isEmpty() ? 0.0 : (double) hits(ranked, gold, k) / gold.size();
    }

    public static double averagePrecision(List<String> ranked, Set<String> gold) {
        if (gold.isEmpty()) {
            return 0.0;
        }
        double sum = 0;
        int found = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (gold.contains(ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / gold.size();
    }

    /** Codes cut to their 3-character category, each category once, at the rank of its first code. */
    static List<String> categories(List<String> codes) {
        return codes.stream().map(Codes::category).distinct().toList();
    }

    private static int hits(List<String> ranked, Set<String> gold, int k) {
        return (int) ranked.stream().limit(k).filter(gold::contains).count();
    }
}
