package org.opencac.engine.hcpcs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/** A pipeline of sections, sentences and the bundled HCPCS module only, for tests of what HCPCS codes a text gets. */
final class HcpcsOnlyPipeline {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(HcpcsModule.bundled()));

    private HcpcsOnlyPipeline() {
    }

    /** The HCPCS codes suggested for an outpatient note of this text. */
    static Set<String> codes(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS)).systems().get(0)
                .suggestions().stream().map(Suggestion::code).collect(Collectors.toSet());
    }
}
