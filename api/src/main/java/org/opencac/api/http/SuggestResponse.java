package org.opencac.api.http;

import java.util.List;
import org.opencac.engine.suggest.DocumentationQuery;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.suggest.Suggestion;

/**
 * The {@code POST /v1/suggest} response. The first fields are the ICD-10-CM answer, as before other
 * systems were coded (empty when ICD-10-CM was not requested); {@code systems} has every requested
 * system's answer, ICD-10-CM included.
 *
 * @param codeSystem     "ICD-10-CM"
 * @param codeSetVersion e.g. "ICD-10-CM FY2026"
 * @param setting        the setting the note was coded for
 * @param suggestions    ICD-10-CM suggestions in reporting order, the first-listed diagnosis first
 * @param queries        ICD-10-CM provider queries for details the note lacks
 * @param systems        per code system: its version, suggestions and queries
 * @param mentions       every concept mention and its outcome, only when the request asked for them
 * @param dateOfService  the request's date of service, only when it named one
 * @param warnings       every system's warnings (a release used is not valid on the date of service), only when any
 */
public record SuggestResponse(String codeSystem, String codeSetVersion, String setting, List<Suggestion> suggestions,
                              List<DocumentationQuery> queries, List<SystemBlock> systems,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                              List<MentionOutcome> mentions,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                              String dateOfService,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                              List<String> warnings) {

    /**
     * One code system's part of the response.
     *
     * @param codeSystem     e.g. "ICD-10-PCS"
     * @param codeSetVersion e.g. "ICD-10-PCS FY2026"
     * @param source         where the codes come from when a system has several sources (CPT), else null
     * @param suggestions    in reporting order
     * @param queries        provider queries
     * @param warnings       why the release used may not be the one in force on the date of service, only when any
     */
    public record SystemBlock(String codeSystem, String codeSetVersion, String source, List<Suggestion> suggestions,
                              List<DocumentationQuery> queries,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                              List<String> warnings) {
    }
}
