package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A drug told and then said to be stopped ("was on glipizide, but he stopped it") is one the patient no longer takes:
 * no long-term use code; a drug with no stop told after it still gets one.
 */
class DrugStoppedAfterItIsNotTakenTest {

    private static boolean coded(CodingResult r, String code) {
        return r.suggestions().stream().anyMatch(s -> s.code().equals(code));
    }

    @Test
    void aDrugStoppedAfterButIsNoLongTermUse() {
        assertFalse(coded(outpatient("Medications: he was on glipizide, but he stopped it because of low sugars. "
                + "Assessment: type 2 diabetes."), "Z79.84"));
        assertFalse(coded(outpatient("Medications: she was on warfarin and discontinued it last spring. "
                + "Assessment: atrial fibrillation."), "Z79.01"));
    }

    @Test
    void aDrugWhoseRelativeClauseSaysItWasStoppedIsNoLongTermUse() {
        // "which" ends a backward scope, so the stop told in a relative clause is its own cue
        assertFalse(coded(outpatient("Medications: she used to take metformin, which was discontinued when her "
                + "kidneys worsened. Assessment: type 2 diabetes."), "Z79.84"));
        assertFalse(coded(outpatient("Medications: he was on warfarin, which has since been stopped. "
                + "Assessment: atrial fibrillation."), "Z79.01"));
        assertTrue(coded(outpatient("Medications: he is on warfarin, which was started last year. "
                + "Assessment: atrial fibrillation."), "Z79.01"));
    }

    @Test
    void aDrugStillTakenKeepsItsLongTermUse() {
        assertTrue(coded(outpatient("Medications: he takes glipizide and lisinopril daily. "
                + "Assessment: type 2 diabetes."), "Z79.84"));
    }
}
