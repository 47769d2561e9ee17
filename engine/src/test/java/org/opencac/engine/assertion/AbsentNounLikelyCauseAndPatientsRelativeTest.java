package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * "and absent" before its own noun qualifies that noun, not the item before it; a condition said to be likely
 * secondary to a cause is established (only the link is weighed); a symptom filed outside chapter 18 (knee pain)
 * under evaluation is the complaint; the patient's relative after "with" or "by" is the one spoken with, not the
 * one affected. Sentences are our own.
 */
class AbsentNounLikelyCauseAndPatientsRelativeTest {

    @Test
    void absentBeforeItsOwnNounDoesNotDenyTheItemBefore() {
        assertFalse(assess("The infant had lethargy and absent reflexes in both legs.", "lethargy").negated());
        assertFalse(assess("She has vomiting with absent bowel sounds.", "vomiting").negated());
        assertTrue(assess("Wheezing and crackles absent.", "Wheezing").negated());
        assertTrue(assess("Fever and chills are absent and absent at night as well.", "Fever").negated());
    }

    @Test
    void aConditionLikelySecondaryToACauseIsEstablished() {
        assertFalse(assess("Her headache is likely secondary to poor sleep.", "headache").uncertain());
        assertFalse(assess("His anxiety is likely related to the divorce.", "anxiety").uncertain());
        assertTrue(assess("Viral bronchitis is likely.", "Viral bronchitis").uncertain());
    }

    @Test
    void aJointPainUnderEvaluationIsTheComplaint() {
        assertFalse(assessCoded("She comes in for evaluation for right knee pain.", "right knee pain", "M25.561")
                .uncertain());
        assertFalse(assessCoded("He was referred for evaluation for chronic cough.", "chronic cough", "R05.3")
                .uncertain());
        assertTrue(assessCoded("He was sent for evaluation for pulmonary embolism.", "pulmonary embolism", "I26.99")
                .uncertain());
    }

    @Test
    void thePatientsRelativeSpokenWithIsNotTheOneAffected() {
        assertEquals(Experiencer.PATIENT,
                assess("I reviewed with the patient's parents the seizures noted overnight.", "seizures")
                        .experiencer());
        assertEquals(Experiencer.PATIENT,
                assess("Seen today with the patient's father for recurrent ear infections.", "ear infections")
                        .experiencer());
        assertEquals(Experiencer.FAMILY,
                assess("The patient's mother has rheumatoid arthritis.", "rheumatoid arthritis").experiencer());
    }
}
