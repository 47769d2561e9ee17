package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A J code is billed by whoever gives the drug at this encounter: home, planned and discharge drugs are not coded. */
class DrugsNotGivenHereTest {
    @Test
    void aDrugInTheMedicationListIsNotCoded() {
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("HOME MEDICATIONS:\n1. Ketorolac 30 mg IV every six hours.\n"));
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("DISCHARGE MEDICATIONS:\nCeftriaxone 1 g IM daily for three days.\n"));
    }

    @Test
    void aDrugOfTheHospitalCourseIsNotCoded() {
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("HOSPITAL COURSE:\nShe was given ondansetron 4 mg IV for nausea on the ward.\n"));
    }

    @Test
    void aDrugThePlanWillStartOrContinueIsNotCoded() {
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("We will start ketorolac 30 mg IV as needed for pain."));
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("He should continue ceftriaxone 1 g IM daily."));
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("She will be continued on ceftriaxone 1 g IV daily."));
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("She will finish ceftriaxone 1 g IM daily for two more doses."));
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("We plan to initiate therapy with ketorolac 30 mg IV for the pain."));
    }

    @Test
    void aDrugTheNoteSaysWouldBeGivenIsNotCoded() {
        assertEquals(Set.of(), HcpcsOnlyPipeline.codes("Plan: the choice would be ceftriaxone 1 g IM once."));
        assertEquals(Set.of("J0696"), HcpcsOnlyPipeline.codes("Plan: ceftriaxone 1 g IM once, given in clinic."));
    }

    @Test
    void aListedOrPlannedDrugSaidToBeGivenHereIsCoded() {
        assertEquals(Set.of("J0696"), HcpcsOnlyPipeline.codes("MEDICATIONS:\nCeftriaxone 1 g IM was given in clinic.\n"));
        assertEquals(Set.of("J1885"), HcpcsOnlyPipeline.codes("We will start ketorolac 30 mg IV, first dose administered now."));
        assertEquals(Set.of("J0696"), HcpcsOnlyPipeline.codes("Ceftriaxone 1 g IM was given in clinic."));
    }
}
