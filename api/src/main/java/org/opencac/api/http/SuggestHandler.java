package org.opencac.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;

/** {@code POST /v1/suggest}: parse, code, answer. */
final class SuggestHandler {
    private final Pipeline pipeline;
    private final ObjectMapper mapper;
    private final int maxNoteChars;
    private final int defaultMax;
    private final int ceiling;

    SuggestHandler(Pipeline pipeline, ObjectMapper mapper, int maxNoteChars, int defaultMax, int ceiling) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.maxNoteChars = maxNoteChars;
        this.defaultMax = defaultMax;
        this.ceiling = ceiling;
    }

    void handle(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the note as Content-Type: application/json");
        }
        SuggestRequest req = SuggestRequest.parse(mapper, ctx.body(), maxNoteChars, defaultMax, ceiling);
        for (var s : req.codeSystems()) {
            if (!pipeline.supports(s)) {
                throw new ApiException(400, "unavailable_code_system", s.displayName() + " is not available in this service");
            }
        }
        Note note = new Note(req.text(), req.setting());
        CodingResult result = req.codeSystems().isEmpty() ? pipeline.code(note) : pipeline.code(note, req.codeSystems());
        var top = result.suggestions().stream().limit(req.maxSuggestions()).toList();
        var systems = result.systems().stream().map(r -> new SuggestResponse.SystemBlock(r.codeSystem().displayName(),
                r.codeSetVersion().label(), r.codeSystem() == org.opencac.models.codeset.CodeSystem.ICD10CM ? null
                        : pipeline.module(r.codeSystem()).source(), r.suggestions().stream().limit(req.maxSuggestions()).toList(),
                r.queries())).toList();
        ctx.json(new SuggestResponse(result.codeSetVersion().system().displayName(), result.codeSetVersion().label(),
                req.setting().wireName(), top, result.queries(), systems));
    }
}
