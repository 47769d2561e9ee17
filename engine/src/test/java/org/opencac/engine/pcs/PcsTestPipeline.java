package org.opencac.engine.pcs;

import java.util.List;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/** The shared stages (sections, sentences) and the PCS plug-in only: no ICD-10-CM models needed. */
final class PcsTestPipeline {
    private static PcsModule module;
    private static Pipeline pipeline;

    private PcsTestPipeline() {
    }

    static synchronized PcsModule module() {
        if (module == null) {
            module = PcsModule.bundled();
        }
        return module;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
                    List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(module()));
        }
        return pipeline;
    }

    static SystemResult code(String text) {
        return pipeline().code(new Note(text, CareSetting.INPATIENT), List.of(CodeSystem.ICD10PCS)).systems().get(0);
    }
}
