package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.TestModels;

/**
 * A caution about the operator's own act, a denied treatment, the landmark a denied finding is placed around and
 * a scar called old deny or date no condition; 'not found to have' denies what follows it; a risk list told
 * before 'were addressed' is of risks; AIDS under 'history of' is the patient's condition now (team-written).
 */
class CautionTreatmentLandmarkAndScarCueTest {

    @Test
    void careTakenNotToRemoveALesionLeavesItPresent() {
        assertFalse(assess("Care was taken not to remove the entire hemangioma from the skin.", "hemangioma")
                .negated());
    }

    @Test
    void notFoundToHaveDeniesWhatFollows() {
        assertTrue(assess("The bladder was not found to have any leakage after the dye.", "leakage").negated());
    }

    @Test
    void aDeniedTreatmentLeavesTheSymptomPresent() {
        assertFalse(assess("He does not need anything for the headache now.", "headache").negated());
    }

    @Test
    void theLandmarkAroundADeniedFindingIsNotDenied() {
        assertFalse(assess("There is no erythema around the ulcer on the heel.", "ulcer").negated());
        assertTrue(assess("There is no erythema around the ulcer on the heel.", "erythema").negated());
    }

    @Test
    void aRiskListBeforeWereAddressedIsHypothetical() {
        assertTrue(assess("Risks including bleeding, infection, and nerve injury were addressed with her.",
                "infection").hypothetical());
    }

    @Test
    void aPreviousScarIsPresentWhileAPreviousStrokeIsPast() {
        var r = TestModels.pipeline().code(new Note(
                "A z-plasty was designed along the previous scar on the cheek. He had a previous stroke.",
                CareSetting.OUTPATIENT));
        assertEquals("present", mention(r, "scar").assertion());
        assertEquals("historical", mention(r, "stroke").assertion());
    }

    @Test
    void aHistoryOfAidsIsPresentWhileAHistoryOfPneumoniaIsPast() {
        var r = TestModels.pipeline().code(new Note("There is a history of AIDS.", CareSetting.OUTPATIENT));
        assertEquals("present", mention(r, "AIDS").assertion());
        assertTrue(assess("There is a history of pneumonia.", "pneumonia").historical());
    }
}
