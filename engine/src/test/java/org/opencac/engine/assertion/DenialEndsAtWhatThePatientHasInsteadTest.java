package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A denied list ends where the sentence turns to what the patient has instead (", just", ", only"), to a clause
 * of its own ("and this is", "and there is") or to a condition conceded ("despite"); a finding missed at first
 * ("not noted initially") and the abbreviation of number ("No. 3") deny nothing (team-written).
 */
class DenialEndsAtWhatThePatientHasInsteadTest {

    @Test
    void aFindingAfterCommaJustIsPresent() {
        assertFalse(assess("She denies itching or hives, just some swelling of the lip.", "swelling").negated());
    }

    @Test
    void theDeniedItemsBeforeCommaJustStayDenied() {
        assertTrue(assess("She denies itching or hives, just some swelling of the lip.", "hives").negated());
    }

    @Test
    void aFindingAfterCommaOnlyIsPresent() {
        assertFalse(assess("No vomiting, only a dull headache.", "headache").negated());
    }

    @Test
    void aClauseOpenedByAndThisIsIsNotDenied() {
        assertFalse(assess("There is no discrete cyst and this is a diffuse thickening.", "thickening").negated());
    }

    @Test
    void aClauseOpenedByAndThereIsIsNotDenied() {
        assertFalse(assess("No pneumothorax and there is a small effusion.", "effusion").negated());
    }

    @Test
    void theItemBeforeAndThereIsStaysDenied() {
        assertTrue(assess("No pneumothorax and there is a small effusion.", "pneumothorax").negated());
    }

    @Test
    void aFractureNotNotedInitiallyIsPresent() {
        assertFalse(assess("The rib fracture was not noted initially.", "rib fracture").negated());
    }

    @Test
    void aFindingNotSeenPreviouslyIsPresent() {
        assertFalse(assess("The effusion was not seen previously.", "effusion").negated());
    }

    @Test
    void aFindingNotSeenIsStillDenied() {
        assertTrue(assess("An effusion was not seen.", "effusion").negated());
    }

    @Test
    void theNumberAbbreviationDeniesNothing() {
        assertFalse(assess("He was sent home with Tylenol No. 3 for back pain.", "back pain").negated());
    }

    @Test
    void aRealNoAfterTheNumberAbbreviationStillDenies() {
        assertTrue(assess("Tylenol No. 3 given; no nausea.", "nausea").negated());
    }

    @Test
    void aConditionAfterDespiteIsNotDenied() {
        assertFalse(assess("No night sweats despite her untreated hyperthyroidism.", "hyperthyroidism").negated());
    }
}
