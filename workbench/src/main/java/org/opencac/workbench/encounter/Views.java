package org.opencac.workbench.encounter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.opencac.engine.suggest.EvidenceSpan;

/** The records the API answers with (serialized as JSON by field name). */
public final class Views {
    private Views() {
    }

    /** One stored suggestion with its review state. */
    public record SuggestionView(long id, int position, String origin, String code, String description,
                                 double engineScore, double score, boolean firstListed, String section,
                                 List<EvidenceSpan> evidence, List<String> rationale, String status,
                                 String finalCode) {
    }

    /** A mention the engine found but did not code, with why (negated, family, hypothetical ...). */
    public record UncodedMention(int start, int end, String text, String reason) {
    }

    /** One claim line: sequence 1 is the principal / first-listed diagnosis. */
    public record ClaimCode(int sequence, String code, String description, String source) {
    }

    /** A recorded decision. */
    public record DecisionView(long id, long suggestionId, String action, String code, String newCode,
                               String reason, String comment, String coderId, OffsetDateTime decidedAt) {
    }

    /** An encounter with everything the chart view shows. */
    public record EncounterView(long id, String externalId, String setting, LocalDate dateOfService,
                                String specialty, String patientId, String visitId, String status,
                                String codeSetVersion, List<String> codeSetWarnings, String createdBy,
                                OffsetDateTime createdAt,
                                String finalizedBy, OffsetDateTime finalizedAt, String text,
                                List<SuggestionView> suggestions, List<UncodedMention> uncoded,
                                List<DecisionView> decisions, List<ClaimCode> finalCodes) {
    }

    /** A queue row. */
    public record QueueItem(long id, String externalId, String setting, LocalDate dateOfService, String specialty,
                            String status, int suggestions, int pending, OffsetDateTime createdAt) {
    }

    /** A queue page. */
    public record QueuePage(List<QueueItem> items, long total, int page, int size) {
    }

    /** The answer to a decision: the decision and the suggestion as it now stands. */
    public record DecisionResult(DecisionView decision, SuggestionView suggestion) {
    }
}
