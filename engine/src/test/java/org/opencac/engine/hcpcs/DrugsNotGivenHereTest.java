package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** A J code is billed by whoever gives the drug at this encounter: home, planned and discharge drugs are not coded. */
class DrugsNotGivenHereTest {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(HcpcsModule.bundled()));

    private static Set<String> codes(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS)).systems().get(0)
                .suggestions().stream().map(Suggestion::code).collect(Collectors.toSet());
    }

    @Test
    void aDrugInTheMedicationListIsNotCoded() {
        assertEquals(Set.of(), codes("HOME MEDICATIONS:\n1. Ketorolac 30 mg IV every six hours.\n"));
        assertEquals(Set.of(), codes("DISCHARGE MEDICATIONS:\nCeftriaxone 1 g IM daily for three days.\n"));
    }

    @Test
    void aDrugOfTheHospitalCourseIsNotCoded() {
        assertEquals(Set.of(), codes("HOSPITAL COURSE:\nShe was given ondansetron 4 mg IV for nausea on the ward.\n"));
    }

    @Test
    void aDrugThePlanWillStartOrContinueIsNotCoded() {
        assertEquals(Set.of(), codes("We will start ketorolac 30 mg IV as needed for pain."));
        assertEquals(Set.of(), codes("He should continue ceftriaxone 1 g IM daily."));
        assertEquals(Set.of(), codes("She will finish ceftriaxone 1 g IM daily for two more doses."));
        assertEquals(Set.of(), codes("We plan to initiate therapy with ketorolac 30 mg IV for the pain."));
    }

    @Test
    void aListedOrPlannedDrugSaidToBeGivenHereIsCoded() {
        assertEquals(Set.of("J0696"), codes("MEDICATIONS:\nCeftriaxone 1 g IM was given in clinic.\n"));
        assertEquals(Set.of("J1885"), codes("We will start ketorolac 30 mg IV, first dose administered now."));
        assertEquals(Set.of("J0696"), codes("Ceftriaxone 1 g IM was given in clinic."));
    }
}
