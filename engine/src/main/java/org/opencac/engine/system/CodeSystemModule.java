package org.opencac.engine.system;

import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * A code system beside ICD-10-CM, plugged into the pipeline: it reads the shared layers of the
 * document (sections, sentences, tokens, mentions, assertions) and returns its own suggestions and
 * queries. It never changes the document, so systems do not see each other's results. Implementations
 * must be thread-safe.
 */
public interface CodeSystemModule {

    CodeSystem system();

    /** The release in use, e.g. "ICD-10-PCS FY2026" or "HCPCS Level II 2019". */
    CodeSetVersion version();

    /** Codes the document. */
    SystemResult code(Document document);

    /** Where the codes' descriptions come from, when a system has several possible sources (CPT), else null. */
    default String source() {
        return null;
    }

    /**
     * Code search for coders: codes whose description has every word of {@code query}, or that begin
     * with it.
     */
    default List<FoundCode> search(String query, int limit) {
        return List.of();
    }

    /**
     * A search hit.
     *
     * @param code        the code (a PCS hit may be a table-row prefix of four characters)
     * @param description its description
     */
    record FoundCode(String code, String description) {
    }
}
