package org.opencac.engine.cpt;

import java.util.List;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/** Codes a synthetic note for CPT alone (sections, sentences, the CPT module on the team's list), as the visit tests do. */
final class CptNotes {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(CptModule.of(CptCodeSet.teamList())));

    private CptNotes() {
    }

    /** The CPT result of an outpatient note. */
    static SystemResult code(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.CPT)).systems().get(0);
    }

    /** The CPT codes suggested for an outpatient note, in order. */
    static List<String> codes(String text) {
        return code(text).suggestions().stream().map(Suggestion::code).toList();
    }
}
