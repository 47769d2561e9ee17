package org.opencac.workbench.encounter;

/**
 * A validated decision. For ADD, {@code suggestionId} is null, {@code code} is the added code and
 * {@code start}/{@code end} optionally mark the text that supports it (the trigger learning counts).
 *
 * @param suggestionId the suggestion decided on (null for ADD)
 * @param action       accept, reject, modify or add
 * @param reason       reject reason (REJECT only; optional for MODIFY)
 * @param comment      free text, may be null
 * @param code         replacement (MODIFY) or added (ADD) code
 * @param start        evidence start for ADD, or -1
 * @param end          evidence end for ADD, or -1
 */
public record DecisionRequest(Long suggestionId, DecisionAction action, RejectReason reason, String comment,
                              String code, int start, int end) {
}
