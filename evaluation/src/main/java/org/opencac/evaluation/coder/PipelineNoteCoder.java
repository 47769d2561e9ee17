package org.opencac.evaluation.coder;

import java.util.List;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.evaluation.NoteCoder;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.evaluation.Span;

/** The engine as a {@link NoteCoder}: evaluation runs exactly the pipeline the API serves. */
public final class PipelineNoteCoder implements NoteCoder {
    private final Pipeline pipeline;

    public PipelineNoteCoder(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Prediction code(String noteId, String text, String setting) {
        return code(noteId, text, setting, null);
    }

    @Override
    public Prediction code(String noteId, String text, String setting, java.time.LocalDate dateOfService) {
        return code(noteId, text, setting, dateOfService, PatientSex.UNKNOWN);
    }

    @Override
    public Prediction code(String noteId, String text, String setting, java.time.LocalDate dateOfService,
                           PatientSex sex) {
        CareSetting care = CareSetting.parse(setting)
                .orElseThrow(() -> new IllegalArgumentException("note " + noteId + ": unknown setting " + setting));
        Note note = new Note(text, care, sex);
        CodingResult r = dateOfService == null ? pipeline.code(note) : pipeline.code(note, List.of(), dateOfService);
        String system = r.codeSetVersion().system().displayName();
        // every coded system's suggestions, each under its own system name (metrics are per system)
        List<PredictedCode> codes = r.systems().stream().flatMap(sr -> sr.suggestions().stream())
                .map(s -> new PredictedCode(s.codeSystem().displayName(), s.code(), s.score(),
                        s.evidence().stream().map(e -> new Span(e.start(), e.end())).toList()))
                .toList();
        String firstListed = r.suggestions().stream().filter(s -> s.firstListed()).map(s -> s.code())
                .findFirst().orElse(null);
        return new Prediction(system, r.codeSetVersion().label(), codes, firstListed, r.warnings());
    }
}
