package org.opencac.engine.suggest;

import java.util.List;
import org.opencac.engine.coding.Alternative;

/**
 * One suggested code with everything a coder needs to accept or reject it.
 *
 * @param code        the code with its dot
 * @param description its title
 * @param billable    always true for suggestions; kept explicit for clients
 * @param score       confidence in [0, 1]
 * @param evidence    the supporting spans in the note
 * @param rationale   the lookup path and the rules that shaped the result, in order
 * @param firstListed true for the first-listed (outpatient) or principal (inpatient) diagnosis
 * @param alternatives other codes for the same documented condition, each with why it was not chosen
 */
public record Suggestion(String code, String description, boolean billable, double score,
                         List<EvidenceSpan> evidence, List<String> rationale, boolean firstListed,
                         List<Alternative> alternatives) {
    public Suggestion {
        evidence = List.copyOf(evidence);
        rationale = List.copyOf(rationale);
        alternatives = List.copyOf(alternatives);
    }

    /** A suggestion with no alternatives. */
    public Suggestion(String code, String description, boolean billable, double score, List<EvidenceSpan> evidence,
                      List<String> rationale, boolean firstListed) {
        this(code, description, billable, score, evidence, rationale, firstListed, List.of());
    }
}
