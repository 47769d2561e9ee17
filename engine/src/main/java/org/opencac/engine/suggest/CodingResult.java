package org.opencac.engine.suggest;

import java.util.List;
import org.opencac.models.codeset.CodeSetVersion;

/**
 * The engine's answer for one note.
 *
 * @param codeSetVersion the code set used, e.g. "ICD-10-CM FY2026"
 * @param suggestions    suggestions in reporting order: the first-listed (principal) diagnosis first
 * @param queries        provider queries for details the note lacks
 * @param mentions       every concept mention and what became of it, in note order
 */
public record CodingResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions,
                           List<DocumentationQuery> queries, List<MentionOutcome> mentions) {
    public CodingResult {
        suggestions = List.copyOf(suggestions);
        queries = List.copyOf(queries);
        mentions = List.copyOf(mentions);
    }

    public CodingResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions, List<DocumentationQuery> queries) {
        this(codeSetVersion, suggestions, queries, List.of());
    }
}
