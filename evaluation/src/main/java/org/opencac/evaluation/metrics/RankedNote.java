package org.opencac.evaluation.metrics;

import java.util.List;

/**
 * One note as the coder's list metrics see it: normalized codes of one system.
 *
 * @param part            the gold part ("tuning", "frozen") or null when the gold set has none
 * @param gold            the gold codes
 * @param goldFirstListed the gold first-listed/principal code, or null when the gold marks none
 * @param ranked          the predicted codes best first, each once
 * @param firstListed     the code the engine marked first-listed, or null
 */
public record RankedNote(String part, List<String> gold, String goldFirstListed, List<String> ranked,
                         String firstListed) {
    public RankedNote {
        gold = List.copyOf(gold);
        ranked = List.copyOf(ranked);
    }
}
