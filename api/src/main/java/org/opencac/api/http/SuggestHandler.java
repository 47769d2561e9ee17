package org.opencac.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;

/** {@code POST /v1/suggest}: read (bounded), parse (strict), code (gated, with a deadline), answer. */
final class SuggestHandler {
    private final Pipeline pipeline;
    private final ObjectMapper mapper;
    private final int maxNoteChars;
    private final int defaultMax;
    private final int ceiling;
    private final NoteCoder coder;

    SuggestHandler(Pipeline pipeline, ObjectMapper mapper, int maxNoteChars, int defaultMax, int ceiling,
                   NoteCoder coder) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.maxNoteChars = maxNoteChars;
        this.defaultMax = defaultMax;
        this.ceiling = ceiling;
        this.coder = coder;
    }

    void handle(Context ctx) throws java.io.IOException {
        StrictJson.requireMediaType(ctx.contentType(), "application/json");
        String body = StrictJson.readBody(ctx.req().getInputStream(), maxBodyBytes(maxNoteChars));
        SuggestRequest req = SuggestRequest.parse(mapper, body, maxNoteChars, defaultMax, ceiling);
        CodingResult result = coder.code(ctx, "suggest", new Note(req.text(), req.setting()));
        var top = result.suggestions().stream().limit(req.maxSuggestions()).toList();
        ctx.json(new SuggestResponse(result.codeSetVersion().system().displayName(), result.codeSetVersion().label(),
                req.setting().wireName(), top, result.queries()));
    }

    /** JSON escaping can grow a note up to 6x (12 bytes per astral code point as two \\u escapes). */
    static long maxBodyBytes(int maxNoteChars) {
        return (long) maxNoteChars * 12 + 16_384;
    }
}
