package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An MDM cue written right after a word that gives it another sense (mdm_cues.tsv, other_sense) is no cue: "Axis IV"
 * and "stage IV" are the numeral of a scale, not an intravenous drug.
 */
class MdmCueSenseTest {
    @Test
    void aRomanNumeralOfAScaleIsNoIntravenousDrug() {
        MdmAssessment a = MdmAssessor.standard().assess("Diagnoses:\nAxis I: Panic disorder.\nAxis IV: Job loss.\n"
                + "Axis V: GAF 55.\n", "Whole note.");
        assertEquals(MdmLevel.STRAIGHTFORWARD, a.risk(), a.reasons().toString());
        MdmAssessment b = MdmAssessor.standard().assess("Impression:\nStage-IV pressure ulcer of the sacrum.\n",
                "Whole note.");
        assertEquals(MdmLevel.STRAIGHTFORWARD, b.risk(), b.reasons().toString());
    }

    @Test
    void anIntravenousDrugIsStillOne() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nCellulitis of the leg. Cefazolin IV every eight hours.\n",
                "Whole note.");
        assertEquals(MdmLevel.MODERATE, a.risk(), a.reasons().toString());
    }
}
