package org.opencac.engine.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.Pipeline;
import org.opencac.engine.Stage;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.pcs.PcsModule;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.testing.TestModels;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/** A request for procedure systems only runs the shared stages, not ICD-10-CM's. */
class ProcedureOnlyRequestTest {
    private static final String NOTE = "PROCEDURE: Laparoscopic cholecystectomy.\n"
            + "ASSESSMENT: Acute cholecystitis with cholelithiasis. Essential hypertension.";

    /** A stand-in for the ICD-10-CM stages that counts the notes it sees. */
    private static final class CountingStage implements Stage {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public Document process(Document d) {
            runs.incrementAndGet();
            return d;
        }
    }

    @Test
    void theIcdStagesAreSkippedWhenOnlyAProcedureSystemIsAsked() {
        CountingStage icd = new CountingStage();
        PcsModule pcs = PcsModule.bundled();
        Pipeline p = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
                List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(icd), List.of(pcs));
        Note note = new Note(NOTE, CareSetting.INPATIENT);
        CodingResult r = p.code(note, List.of(CodeSystem.ICD10PCS));
        assertEquals(0, icd.runs.get(), "no ICD-10-CM stage ran");
        assertEquals(List.of(CodeSystem.ICD10PCS), r.systems().stream().map(SystemResult::codeSystem).toList());
        assertFalse(r.systems().get(0).suggestions().isEmpty(), "the shared stages still gave PCS its sections and sentences");
        p.code(note, List.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS));
        assertEquals(1, icd.runs.get(), "asked for ICD-10-CM, its stages run once");
        p.code(note);
        assertEquals(2, icd.runs.get(), "the inpatient defaults include ICD-10-CM");
    }

    @Test
    void procedureCodesAreTheSameWithOrWithoutTheIcdStages() {
        Pipeline p = TestModels.pipeline().withModules(List.of(PcsModule.bundled()));
        Note note = new Note(NOTE, CareSetting.INPATIENT);
        SystemResult alone = p.code(note, List.of(CodeSystem.ICD10PCS)).systems().get(0);
        CodingResult both = p.code(note, List.of(CodeSystem.ICD10CM, CodeSystem.ICD10PCS));
        SystemResult withIcd = both.system(CodeSystem.ICD10PCS).orElseThrow();
        assertTrue(alone.suggestions().stream().anyMatch(s -> s.code().startsWith("0FT4")), alone.toString());
        assertEquals(alone.suggestions().stream().map(Suggestion::code).toList(),
                withIcd.suggestions().stream().map(Suggestion::code).toList());
        assertEquals(alone.suggestions(), withIcd.suggestions());
        assertFalse(both.suggestions().isEmpty(), "ICD-10-CM was coded when asked");
    }
}
