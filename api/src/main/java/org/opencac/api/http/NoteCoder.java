package org.opencac.api.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import org.opencac.api.ops.Metrics;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.models.codeset.CodeSystem;

/** Codes one note through the {@link CodingGate} (bounded, with the request's deadline) and counts it. */
public final class NoteCoder {
    private final Pipeline pipeline;
    private final CodingGate gate;
    private final Metrics metrics;

    public NoteCoder(Pipeline pipeline, CodingGate gate, Metrics metrics) {
        this.pipeline = pipeline;
        this.gate = gate;
        this.metrics = metrics;
    }

    /** {@code via} names the route family for metrics: suggest, fhir, cds-hooks. */
    public CodingResult code(Context ctx, String via, Note note) {
        return code(ctx, via, note, List.of());
    }

    /** Codes in the named code systems; none named = the setting's defaults. */
    public CodingResult code(Context ctx, String via, Note note, List<CodeSystem> systems) {
        return code(ctx, via, note, systems, null);
    }

    /** Codes for a date of service (null = none: the newest releases), which picks each system's release. */
    public CodingResult code(Context ctx, String via, Note note, List<CodeSystem> systems, java.time.LocalDate dateOfService) {
        long t0 = System.nanoTime();
        CodingResult r = gate.run(RequestIds.startNanos(ctx), () -> dateOfService != null
                ? pipeline.code(note, systems, dateOfService)
                : systems.isEmpty() ? pipeline.code(note) : pipeline.code(note, systems));
        metrics.noteCoded(via, note.setting().wireName(), r.suggestions().size(), Duration.ofNanos(System.nanoTime() - t0));
        return r;
    }
}
