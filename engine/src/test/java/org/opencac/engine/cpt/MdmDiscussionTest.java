package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The provider's discussion of the case with the patient's primary care physician is a discussion of management with
 * an external physician (MDM data, category 3); the patient's own talk with that physician is not.
 */
class MdmDiscussionTest {
    @Test
    void theProviderSpeakingWithThePrimaryCarePhysicianIsADiscussionOfManagement() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nFollow up next week.\n",
                "I spoke with her primary care physician, who will see her on Monday.");
        assertEquals(MdmLevel.MODERATE, a.data(), a.reasons().toString());
        MdmAssessment b = MdmAssessor.standard().assess("Plan:\nFollow up next week.\n",
                "The case was discussed with the on-call cardiologist.");
        assertEquals(MdmLevel.MODERATE, b.data(), b.reasons().toString());
    }

    @Test
    void thePatientsOwnTalkWithThePrimaryCarePhysicianIsNone() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nFollow up next week.\n",
                "She has talked this over with her primary care physician, who agrees with surgery.");
        assertEquals(MdmLevel.STRAIGHTFORWARD, a.data(), a.reasons().toString());
    }
}
