package org.opencac.engine.coding;

import java.util.List;
import org.opencac.models.codeset.Code;

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

    /**
     * The same evidence, score and alternatives under another billable code of the same condition (a 7th
     * character or a trimester the note documents), with one more rationale line saying why.
     */
    public CodeCandidate withCode(Code to, String why) {
        List<String> lines = new java.util.ArrayList<>(rationale);
        lines.add(why);
        return new CodeCandidate(to.code(), to.title(), score, mentions, lines, alternatives);
    }
}
