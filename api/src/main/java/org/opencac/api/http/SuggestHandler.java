package org.opencac.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.models.codeset.CodeSystem;

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
        for (var s : req.codeSystems()) {
            if (!pipeline.supports(s)) {
                throw new ApiException(ErrorKind.UNAVAILABLE_CODE_SYSTEM, s.displayName() + " is not available in this service");
            }
        }
        CodingResult result = coder.code(ctx, "suggest", new Note(req.text(), req.setting(), req.sex()), req.codeSystems(),
                req.dateOfService());
        var top = result.suggestions().stream().limit(req.maxSuggestions()).toList();
        var systems = result.systems().stream().map(r -> new SuggestResponse.SystemBlock(r.codeSystem().displayName(),
                r.codeSetVersion().label(), r.codeSystem() == CodeSystem.ICD10CM ? null
                        : pipeline.module(r.codeSystem()).source(), r.suggestions().stream().limit(req.maxSuggestions()).toList(),
                r.queries(), r.warnings())).toList();
        ctx.json(new SuggestResponse(result.codeSetVersion().system().displayName(), result.codeSetVersion().label(),
                req.setting().wireName(), top, result.queries(), systems,
                req.includesMentions() ? result.mentions() : null,
                req.dateOfService() == null ? null : req.dateOfService().toString(),
                result.systems().stream().flatMap(r -> r.warnings().stream()).toList()));
    }

    /** JSON escaping can grow a note up to 6x (12 bytes per astral code point as two \\u escapes). */
    static long maxBodyBytes(int maxNoteChars) {
        return (long) maxNoteChars * 12 + 16_384;
    }
}
