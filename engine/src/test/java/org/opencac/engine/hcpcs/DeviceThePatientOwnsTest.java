package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A device written with a possessive before it ("her walker", "his cane") is the patient's own, not one supplied
 * at this encounter (phrase_senses.tsv), though the normalizer drops the possessive from the words the vocabulary
 * reads.
 */
class DeviceThePatientOwnsTest {
    @Test
    void aDeviceAfterHerOrHisIsThePatientsOwn() {
        assertFalse(HcpcsOnlyPipeline.codes("She came to clinic pushing her walker today.").contains("E0130"));
        assertFalse(HcpcsOnlyPipeline.codes("He came to clinic leaning on his cane today.").contains("E0100"));
        assertFalse(HcpcsOnlyPipeline.codes("She parked her wheelchair by the door today.").contains("K0001"));
        assertFalse(HcpcsOnlyPipeline.codes("He left his crutches in the car today.").contains("E0114"));
    }

    @Test
    void crutchesInAWalkingInstructionAreNoSupply() {
        assertFalse(HcpcsOnlyPipeline.codes("She is to stay non-weightbearing with crutches for six weeks.").contains("E0114"));
        assertFalse(HcpcsOnlyPipeline.codes("He may ambulate with crutches as tolerated.").contains("E0114"));
        assertTrue(HcpcsOnlyPipeline.codes("She was given a pair of crutches and a boot.").contains("E0114"));
    }

    @Test
    void aDeviceGivenTodayIsStillCoded() {
        assertTrue(HcpcsOnlyPipeline.codes("A walker was dispensed to the patient today.").contains("E0130"));
        assertTrue(HcpcsOnlyPipeline.codes("A cane was dispensed to the patient today.").contains("E0100"));
    }

    @Test
    void aDeviceNamedWithoutBeingSuppliedHereIsNotCoded() {
        assertFalse(HcpcsOnlyPipeline.codes("Keep the foot nonweightbearing with crutches until seen.").contains("E0114"));
        assertFalse(HcpcsOnlyPipeline.codes("He cannot stand without a walker and an aide.").contains("E0130"));
        assertFalse(HcpcsOnlyPipeline.codes("Albuterol and ipratropium by nebulizer every four hours.").contains("E0570"));
        assertFalse(HcpcsOnlyPipeline.codes("Her daughter will pick up a walker at the pharmacy.").contains("E0130"));
        assertTrue(HcpcsOnlyPipeline.codes("He was dispensed crutches and shown how to use them.").contains("E0114"));
    }

    @Test
    void aPrescriptionForADeviceIsNotTheDeviceSupplied() {
        assertFalse(HcpcsOnlyPipeline.codes("She was given a prescription for a cane to use at home.").contains("E0100"));
    }

    @Test
    void aPossessiveBeforeAnotherWordDoesNotMakeTheDeviceHers() {
        assertTrue(HcpcsOnlyPipeline.codes("Her daughter was given a walker for the patient today.").contains("E0130"));
    }
}
