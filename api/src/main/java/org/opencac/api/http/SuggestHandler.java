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
        CodingResult result = pipeline.code(new Note(req.text(), req.setting()));
        var top = result.suggestions().stream().limit(req.maxSuggestions()).toList();
        ctx.json(new SuggestResponse(result.codeSetVersion().system().displayName(), result.codeSetVersion().label(),
                req.setting().wireName(), top, result.queries(), req.includesMentions() ? result.mentions() : null));
    }
}
