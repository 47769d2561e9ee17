package org.opencac.engine.suggest;

import java.util.List;

/**
 * A provider query: the note supports a code but lacks a detail the code set distinguishes (type,
 * stage, laterality, acuity, encounter), so the unspecified code was used where the guidelines allow
 * and the coder is prompted to ask the provider.
 *
 * @param code     the code suggested for now (usually an unspecified one)
 * @param missing  the missing detail, e.g. "laterality", "stage", "acuity", "type", "encounter"
 * @param prompt   the question to put to the provider
 * @param options  the more specific codes the answer would lead to (a few, best first)
 * @param evidence the spans the query is about
 */
public record DocumentationQuery(String code, String missing, String prompt, List<String> options,
                                 List<EvidenceSpan> evidence) {
    public DocumentationQuery {
        options = List.copyOf(options);
        evidence = List.copyOf(evidence);
    }
}
