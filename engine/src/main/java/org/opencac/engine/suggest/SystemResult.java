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
 * @param warnings       why the release may not be the one in force on the request's date of service (usually empty)
 */
public record SystemResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions,
                           List<DocumentationQuery> queries, List<String> warnings) {
    public SystemResult {
        suggestions = suggestions.stream().map(s -> s.codeSetVersion() == null ? s.withVersion(codeSetVersion) : s).toList();
        queries = List.copyOf(queries);
        warnings = List.copyOf(warnings);
    }

    public SystemResult(CodeSetVersion codeSetVersion, List<Suggestion> suggestions, List<DocumentationQuery> queries) {
        this(codeSetVersion, suggestions, queries, List.of());
    }

    /** This result with warnings added. */
    public SystemResult withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new SystemResult(codeSetVersion, suggestions, queries, all);
    }

    public CodeSystem codeSystem() {
        return codeSetVersion.system();
    }
}
