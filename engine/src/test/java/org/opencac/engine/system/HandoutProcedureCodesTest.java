package org.opencac.engine.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.hcpcs.HcpcsModule;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.testing.TestModels;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * A handout that defines a condition for a reader records no encounter: neither a diagnosis nor a supply or
 * procedure it names is coded, whichever system is asked, with or without ICD-10-CM (team-written).
 */
class HandoutProcedureCodesTest {
    private static final Pipeline PIPELINE = TestModels.pipeline().withModules(List.of(HcpcsModule.bundled()));

    private static List<String> hcpcs(String text, List<CodeSystem> systems) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), systems).system(CodeSystem.HCPCS).orElseThrow()
                .suggestions().stream().map(Suggestion::code).toList();
    }

    @Test
    void aHandoutNamesNoSupplyGivenToAPatient() {
        String handout = "SPRAIN, is a stretch or tear of a ligament. Crutches given to you help until the ankle bears weight"
                + " without pain, then wrap it with an elastic bandage.";
        assertEquals(List.of(), hcpcs(handout, List.of(CodeSystem.HCPCS)));
        assertEquals(List.of(), hcpcs(handout, List.of(CodeSystem.ICD10CM, CodeSystem.HCPCS)));
        // the plug-in alone reads the supply: the handout judgement is what leaves it out
        Pipeline noJudgement = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
                List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(HcpcsModule.bundled()));
        List<String> read = noJudgement.code(new Note(handout, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS))
                .systems().get(0).suggestions().stream().map(Suggestion::code).toList();
        assertTrue(read.stream().anyMatch(c -> c.startsWith("E01")), read.toString());
    }

    @Test
    void theSameSupplyGivenToAPatientIsCoded() {
        List<String> codes = hcpcs("The patient sprained her ankle and was given crutches. She will walk with"
                + " crutches until the ankle bears weight without pain.", List.of(CodeSystem.HCPCS));
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("E01")), codes.toString());
    }
}
