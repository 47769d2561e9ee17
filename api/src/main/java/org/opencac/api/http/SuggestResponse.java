package org.opencac.api.http;

import java.util.List;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.Suggestion;

/**
 * The {@code POST /v1/suggest} response.
 *
 * @param codeSystem     e.g. "ICD-10-CM"
 * @param codeSetVersion e.g. "ICD-10-CM FY2026"
 * @param setting        the setting the note was coded for
 * @param suggestions    in reporting order, the first-listed diagnosis first
 * @param queries        provider queries for details the note lacks
 * @param mentions       every concept mention and its outcome, only when the request asked for them
 */
public record SuggestResponse(String codeSystem, String codeSetVersion, String setting, List<Suggestion> suggestions,
                              List<DocumentationQuery> queries,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                              List<org.opencac.engine.suggest.MentionOutcome> mentions) {
    public SuggestResponse(String codeSystem, String codeSetVersion, String setting, List<Suggestion> suggestions,
                           List<DocumentationQuery> queries) {
        this(codeSystem, codeSetVersion, setting, suggestions, queries, null);
    }
}
