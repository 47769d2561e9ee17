package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A drug listed as taken and named again in the next sentence as stopped is no drug the patient takes now: no
 * long-term use code. Another drug of the same code, a drug only held, or one stopped for a procedure keeps it.
 */
class DrugStoppedInTheNextSentenceIsNotTakenTest {

    private static boolean coded(CodingResult r, String code) {
        return r.suggestions().stream().anyMatch(s -> s.code().equals(code));
    }

    @Test
    void aListedDrugStoppedInTheNextSentenceIsNoLongTermUse() {
        assertFalse(coded(outpatient("Medications: she takes levothyroxine and aspirin. Her aspirin was "
                + "discontinued ten days ago. Assessment: hypothyroidism."), "Z79.82"));
        assertFalse(coded(outpatient("Medications: he uses warfarin and metoprolol. Warfarin had been stopped "
                + "by cardiology. Assessment: atrial fibrillation."), "Z79.01"));
    }

    @Test
    void aListedDrugStoppedInTheSameSentenceIsNoLongTermUse() {
        assertFalse(coded(outpatient("Medications: he takes aspirin daily, and the aspirin was stopped last "
                + "week. Assessment: hypertension."), "Z79.82"));
    }

    @Test
    void anotherDrugOfTheSameCodeStoppedLeavesTheListedOne() {
        assertTrue(coded(outpatient("Medications: she takes metformin and glipizide. Glipizide was discontinued "
                + "in May. Assessment: type 2 diabetes."), "Z79.84"));
    }

    @Test
    void aListedDrugOnlyHeldKeepsItsLongTermUse() {
        assertTrue(coded(outpatient("Medications: he takes aspirin every day. Aspirin was held for three days. "
                + "Assessment: coronary artery disease."), "Z79.82"));
    }

    @Test
    void aListedDrugStoppedForAProcedureKeepsItsLongTermUse() {
        assertTrue(coded(outpatient("Medications: she takes warfarin nightly. She stopped her warfarin three days "
                + "before the surgery. Assessment: atrial fibrillation."), "Z79.01"));
    }
}
