package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A negation of what is done for a condition (adherence, the medicines taken, a follow-up, a treatment that
 * helped, an improvement, an intervention planned or given) leaves the condition itself present: the patient who
 * is not compliant with his diabetes medications has diabetes, and no surgery planned for a hernia leaves the
 * hernia. A negation of a drug's use is still a negation (team-written sentences).
 */
class TreatmentNotTheConditionDeniedTest {
    @Test
    void adherenceDeniedLeavesTheCondition() {
        assertEquals(AssertionStatus.PRESENT,
                assess("She is not adherent to her asthma controller.", "asthma").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("He has not been compliant with his gout regimen.", "gout").status());
    }

    @Test
    void medicinesNotTakenLeaveTheConditionTheyTreat() {
        assertEquals(AssertionStatus.PRESENT,
                assess("She has not been taking her pills for hypothyroidism.", "hypothyroidism").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("He did not take his insulin for his diabetes.", "diabetes").status());
    }

    @Test
    void aMissedFollowUpOrATreatmentThatDidNotHelpLeavesTheCondition() {
        assertEquals(AssertionStatus.PRESENT,
                assess("He did not follow up for his kidney stones.", "kidney stones").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("Ibuprofen has not helped her knee pain.", "knee pain").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("She denies any improvement of her insomnia.", "insomnia").status());
    }

    @Test
    void anInterventionDeniedLeavesTheConditionItWouldBeFor() {
        assertEquals(AssertionStatus.PRESENT,
                assess("No surgery is planned for her gallstones.", "gallstones").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("There is no treatment for his tinnitus.", "tinnitus").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("We will not operate on the bunion.", "bunion").status());
    }

    @Test
    void aConditionWithItsOwnNegationBesideAnInterventionIsStillNegated() {
        assertTrue(assess("No surgery was needed, and there was no chest pain.", "chest pain").negated());
    }

    @Test
    void aDrugUseDeniedIsStillNegated() {
        assertTrue(assess("He does not take illicit drugs.", "illicit drugs").negated());
    }

    @Test
    void aConditionNamedAfterCareNotGivenIsNotDeniedByTheWithout() {
        assertFalse(assess("Gout found last spring without treatment, angina diagnosed in June.", "angina")
                .negated());
        assertEquals(AssertionStatus.PRESENT, assess("Astigmatism without optical correction and psoriasis on "
                + "topical steroids.", "psoriasis").status());
        assertTrue(assess("Gout without treatment, no angina.", "angina").negated());
    }

    @Test
    void aFindingThePatientDidNotPresentIsNegated() {
        assertTrue(assess("During the follow-up she did not present dizziness or syncope.", "syncope").negated());
        assertTrue(assess("The boy does not present jaundice.", "jaundice").negated());
    }
}
