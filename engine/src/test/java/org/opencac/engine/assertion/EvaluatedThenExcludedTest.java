package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition a referral names for evaluation that the note later finds absent was ruled out: it is not coded. One
 * the note does not deny keeps the referral's assertion, and a symptom evaluated is the visit's complaint.
 */
class EvaluatedThenExcludedTest {

    @Test
    void aReferralsConditionTheExaminationDeniesIsNotCoded() {
        List<String> codes = outpatientCodes("Dear colleague, the patient was referred for evaluation of "
                + "glaucoma. Intraocular pressures are 14 in each eye. In summary, there is no evidence of glaucoma "
                + "today and we will see her again in a year.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("H40")), codes.toString());
    }

    @Test
    void aReferralsConditionTheNoteDoesNotDenyStays() {
        List<String> codes = outpatientCodes("Dear colleague, the patient was referred for evaluation of "
                + "glaucoma. Intraocular pressures are 31 in each eye. We started drops for her glaucoma.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("H40")), codes.toString());
    }

    @Test
    void aSymptomTheVisitEvaluatesStaysTheComplaint() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Referred for evaluation of dizziness. "
                + "HISTORY: The spells came last week. She has no dizziness this morning.");
        assertTrue(codes.contains("R42"), codes.toString());
    }
}
