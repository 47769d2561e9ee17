package org.opencac.engine.suggest;

import java.util.List;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * One code system's answer for a note.
 *
 * @param codeSetVersion the release used, e.g. "ICD-10-PCS FY2026"
 * @param suggestions    in reporting order
 * @param queries        provider queries for details the note lacks
 */
public record SystemResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions,
                           List<DocumentationQuery> queries) {
    public SystemResult {
        suggestions = suggestions.stream().map(s -> s.codeSetVersion() == null ? s.withVersion(codeSetVersion) : s).toList();
        queries = List.copyOf(queries);
    }

    public CodeSystem codeSystem() {
        return codeSetVersion.system();
    }
}
