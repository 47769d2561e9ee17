package org.opencac.api.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.opencac.engine.Pipeline;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.SeventhCharacter;
import org.opencac.models.index.CodeHit;
import org.opencac.models.index.CodeIndex;

/** {@code GET /v1/codes/{code}} and {@code GET /v1/codes?q=}: code look-up for coders. */
final class CodeLookupHandler {
    private static final int MAX_QUERY_CHARS = 200;

    private final CodeSet codeSet;
    private final CodeIndex index;
    private final Pipeline pipeline;

    CodeLookupHandler(CodeSet codeSet, CodeIndex index) {
        this(codeSet, index, null);
    }

    /** With the pipeline, {@code GET /v1/codes?q=...&system=...} also searches its other code systems. */
    CodeLookupHandler(CodeSet codeSet, CodeIndex index, Pipeline pipeline) {
        this.codeSet = codeSet;
        this.index = index;
        this.pipeline = pipeline;
    }

    /**
     * One code with its notes, own and inherited.
     *
     * @param code              the code
     * @param title             its title
     * @param billable          whether it is reportable
     * @param codeSetVersion    the code set it comes from
     * @param parent            its parent header, or null
     * @param children          codes directly under it
     * @param notes             notes by type (includes those inherited from ancestors, block and chapter)
     * @param seventhCharacters 7th-character values that apply
     */
    record CodeView(String code, String title, boolean billable, String codeSetVersion, String parent,
                    List<String> children, Map<String, List<NoteView>> notes, List<SeventhCharacter> seventhCharacters) {
    }

    /**
     * A note as shown to a coder.
     *
     * @param text the note
     * @param from where it is written (the code itself, an ancestor, the block or the chapter)
     */
    record NoteView(String text, String from) {
    }

    /**
     * Search results.
     *
     * @param query          the query as received
     * @param codeSetVersion the code set searched
     * @param results        best first
     */
    record SearchResponse(String query, String codeSetVersion, List<CodeHit> results) {
    }

    void get(Context ctx) {
        String raw = ctx.pathParam("code");
        Code c = codeSet.get(raw).orElseThrow(() -> new ApiException(404, "unknown_code",
                "no code " + sanitize(raw) + " in " + codeSet.version().label()));
        Map<String, List<NoteView>> notes = new java.util.LinkedHashMap<>();
        for (NoteType t : NoteType.values()) {
            List<NoteView> list = codeSet.effectiveNotes(c.code(), t).stream()
                    .map(n -> new NoteView(n.text(), n.sourceCode())).toList();
            if (!list.isEmpty()) {
                notes.put(t.name().toLowerCase(java.util.Locale.ROOT), list);
            }
        }
        ctx.json(new CodeView(c.code(), c.title(), c.billable(), codeSet.version().label(), c.parent(),
                codeSet.children(c.code()), notes, c.seventhCharacters()));
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new ApiException(400, "missing_query", "query parameter 'q' is required, e.g. /v1/codes?q=type 2 diabetes");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new ApiException(400, "query_too_long", "query parameter 'q' is limited to " + MAX_QUERY_CHARS
                    + " characters");
        }
        boolean billableOnly = "true".equalsIgnoreCase(ctx.queryParam("billable"));
        int limit = parseLimit(ctx.queryParam("limit"));
        String system = ctx.queryParam("system");
        if (system != null && !system.isBlank()) {
            var cs = CodeSystem.parse(system).orElseThrow(() -> new ApiException(400,
                    "unknown_code_system", "unknown code system '" + sanitize(system) + "'; use ICD-10-CM, ICD-10-PCS, CPT or HCPCS"));
            if (cs != CodeSystem.ICD10CM) {
                if (pipeline == null || !pipeline.supports(cs)) {
                    throw new ApiException(400, "unavailable_code_system", cs.displayName() + " is not available in this service");
                }
                var module = pipeline.module(cs);
                ctx.json(Map.of("query", q, "codeSystem", cs.displayName(), "codeSetVersion", module.version().label(),
                        "results", module.search(q, limit)));
                return;
            }
        }
        ctx.json(new SearchResponse(q, codeSet.version().label(), index.search(q, billableOnly, limit)));
    }

    private static int parseLimit(String raw) {
        if (raw == null) {
            return 20;
        }
        try {
            int v = Integer.parseInt(raw);
            if (v >= 1 && v <= 200) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the error below
        }
        throw new ApiException(400, "invalid_limit", "query parameter 'limit' must be a whole number from 1 to 200");
    }

    private static String sanitize(String s) {
        String t = s.replaceAll("[^A-Za-z0-9.]", "");
        return t.length() > 10 ? t.substring(0, 10) : t;
    }

}
