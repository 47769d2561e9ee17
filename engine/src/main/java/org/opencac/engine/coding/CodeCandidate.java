package org.opencac.engine.coding;

import java.util.List;

/**
 * A billable code proposed for the note, before coding conventions are applied.
 *
 * @param code      the billable code
 * @param title     its title
 * @param score     evidence strength in [0, 1]
 * @param mentions  indexes of the supporting mentions in {@code Document.mentions()}
 * @param rationale how the code was reached (lookup path, verification, rules)
 * @param alternatives codes for the same condition that were not chosen (see SameConditionCheck)
 */
public record CodeCandidate(String code, String title, double score, List<Integer> mentions, List<String> rationale,
                            List<Alternative> alternatives) {
    public CodeCandidate {
        mentions = List.copyOf(mentions);
        rationale = List.copyOf(rationale);
        alternatives = List.copyOf(alternatives);
    }

    /** A candidate with no alternatives. */
    public CodeCandidate(String code, String title, double score, List<Integer> mentions, List<String> rationale) {
        this(code, title, score, mentions, rationale, List.of());
    }
}
