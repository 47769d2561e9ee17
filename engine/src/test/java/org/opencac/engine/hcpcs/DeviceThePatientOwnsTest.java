package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/**
 * A device written with a possessive before it ("her walker", "his cane") is the patient's own, not one supplied
 * at this encounter (phrase_senses.tsv), though the normalizer drops the possessive from the words the vocabulary
 * reads.
 */
class DeviceThePatientOwnsTest {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(HcpcsModule.bundled()));

    private static Set<String> codes(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS)).systems().get(0)
                .suggestions().stream().map(Suggestion::code).collect(Collectors.toSet());
    }

    @Test
    void aDeviceAfterHerOrHisIsThePatientsOwn() {
        assertFalse(codes("She came to clinic pushing her walker today.").contains("E0130"));
        assertFalse(codes("He came to clinic leaning on his cane today.").contains("E0100"));
        assertFalse(codes("She parked her wheelchair by the door today.").contains("K0001"));
        assertFalse(codes("He left his crutches in the car today.").contains("E0114"));
    }

    @Test
    void aDeviceGivenTodayIsStillCoded() {
        assertTrue(codes("A walker was dispensed to the patient today.").contains("E0130"));
        assertTrue(codes("A cane was dispensed to the patient today.").contains("E0100"));
    }

    @Test
    void aPossessiveBeforeAnotherWordDoesNotMakeTheDeviceHers() {
        assertTrue(codes("Her daughter will pick up a walker at the pharmacy today.").contains("E0130"));
    }
}
