package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An MDM cue that a negation word shortly before it in its clause negates ("no prescription", "denies any worsening")
 * is no cue of a problem's status, of data or of management.
 */
class MdmNegationTest {
    @Test
    void aNegatedRiskCueIsNoDrugManagement() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nMinor bruise. No prescription needed, ice.\n", "Whole note.");
        assertEquals(MdmLevel.STRAIGHTFORWARD, a.risk(), a.reasons().toString());
        MdmAssessment b = MdmAssessor.standard().assess("Plan:\nBruise, no fracture. Prescription for a cream.\n",
                "Whole note.");
        assertEquals(MdmLevel.MODERATE, b.risk(), b.reasons().toString());
    }

    @Test
    void aDeniedOrAbsentProblemStatusIsNone() {
        MdmAssessment a = MdmAssessor.standard().assess("Assessment:\nHeadache. She denies any worsening and has no side"
                + " effects from the tablets.\n", "Whole note.");
        assertEquals(MdmLevel.STRAIGHTFORWARD, a.problems(), a.reasons().toString());
    }

    @Test
    void aNegationInAnEarlierClauseLeavesTheCue() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nNo fever, start amoxicillin.\n", "Whole note.");
        assertEquals(MdmLevel.MODERATE, a.risk(), a.reasons().toString());
    }
}
