package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * An earlier episode of care told after a current complaint, in brackets with its own reason or with a reason that
 * refers back to the same complaint, says the complaint recurred: it does not date the current one (team-written).
 */
class EarlierEpisodeAsideKeepsTheCurrentComplaintTest {

    @Test
    void aBracketedEarlierAdmissionForTheSameComplaintsLeavesTheComplaintPresent() {
        assertFalse(assess("He arrived with dizziness and chest pain (previous admission for the same complaints in March).",
                "chest pain").historical());
    }

    @Test
    void aBackReferenceToTheseSymptomsLeavesTheComplaintPresent() {
        assertFalse(assess("She reports vertigo again, prior hospitalization elsewhere for these symptoms.", "vertigo")
                .historical());
    }

    @Test
    void aBracketedEarlierStayWithItsOwnReasonDoesNotReachOutOfTheBrackets() {
        assertFalse(assess("He now has a productive cough (last admission for a fall at home).", "cough")
                .historical());
    }

    @Test
    void aSquareBracketedEarlierStayWithItsOwnReasonDoesNotReachOutOfTheBrackets() {
        assertFalse(assess("Progressive leg weakness for two months [prior admission to a rehabilitation unit for falls].",
                "weakness").historical());
    }

    @Test
    void theReasonInsideTheAsideIsStillThePastEpisode() {
        assertTrue(assess("He now has a productive cough (last admission for pneumonia in June).", "pneumonia")
                .historical());
    }

    @Test
    void anAsideOfTheTimeAloneStillDatesWhatItFollows() {
        assertTrue(assess("She was treated for pneumonia (last winter) and recovered fully.", "pneumonia")
                .historical());
    }

    @Test
    void aConditionTreatedOnAnEarlierAdmissionIsStillPast() {
        assertTrue(assess("She had a urinary infection during her previous admission.", "urinary infection")
                .historical());
    }
}
