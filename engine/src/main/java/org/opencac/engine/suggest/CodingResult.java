package org.opencac.engine.suggest;

import java.util.List;
import java.util.Optional;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * The engine's answer for one note. The first three fields are the ICD-10-CM answer (kept for clients
 * written before other systems were coded); {@code systems} holds every requested system's answer,
 * ICD-10-CM included.
 *
 * @param codeSetVersion the ICD-10-CM code set used, e.g. "ICD-10-CM FY2026"
 * @param suggestions    ICD-10-CM suggestions in reporting order: the first-listed (principal) diagnosis first
 *                       (empty when ICD-10-CM was not requested)
 * @param queries        ICD-10-CM provider queries
 * @param systems        each requested code system's result, in request order
 * @param mentions       every concept mention and what became of it, in note order
 */
public record CodingResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions,
                           List<DocumentationQuery> queries, List<SystemResult> systems, List<MentionOutcome> mentions) {
    public CodingResult {
        suggestions = suggestions.stream().map(s -> s.codeSetVersion() == null ? s.withVersion(codeSetVersion) : s).toList();
        queries = List.copyOf(queries);
        systems = List.copyOf(systems);
        mentions = List.copyOf(mentions);
    }

    /** An ICD-10-CM-only result. */
    public CodingResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions, List<DocumentationQuery> queries) {
        this(codeSetVersion, suggestions, queries, List.of(new SystemResult(codeSetVersion, suggestions, queries)),
                List.of());
    }

    /** Every requested system's warnings, in request order (a release used is not valid on the date of service). */
    public List<String> warnings() {
        return systems.stream().flatMap(s -> s.warnings().stream()).toList();
    }

    public Optional<SystemResult> system(CodeSystem system) {
        return systems.stream().filter(s -> s.codeSystem() == system).findFirst();
    }
}
