package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The look of the patient at the examination ("appears to be in mild distress") is observed, not weighed; a finding
 * named after "for further evaluation of" has been found, so the doubt or plan of the test before it does not reach
 * it. Sentences are our own.
 */
class ObservedLookAndFurtherEvaluatedFindingTest {

    @Test
    void appearsToBeInDistressIsAnObservedState() {
        assertFalse(assess("On exam he appears to be in mild distress.", "distress").uncertain());
        assertFalse(assess("She seemed to be in pain during the dressing change.", "pain").uncertain());
        assertFalse(assess("He is awake, appears to be in moderate discomfort.", "discomfort").uncertain());
    }

    @Test
    void aDenialAfterTheLookAndADoubtWithoutInAreStillRead() {
        assertTrue(assess("The child appears to be in no acute distress.", "distress").negated());
        assertTrue(assess("The woman does not appear to be in distress.", "distress").negated());
        assertTrue(assess("The opacity appears to be a pneumonia.", "pneumonia").uncertain());
    }

    @Test
    void aFindingFurtherEvaluatedIsNotDoubtedByTheTestBeforeIt() {
        assertFalse(assess("Consider an MRI for further evaluation of the liver lesions.", "liver lesions").uncertain());
        assertFalse(assess("Consider a repeat ultrasound for further characterization of the thyroid nodule.",
                "thyroid nodule").uncertain());
    }

    @Test
    void aDoubtWrittenAfterFurtherEvaluationIsItsOwn() {
        assertTrue(assess("Consider a biopsy for further evaluation of a possible lymphoma.", "lymphoma").uncertain());
    }
}
