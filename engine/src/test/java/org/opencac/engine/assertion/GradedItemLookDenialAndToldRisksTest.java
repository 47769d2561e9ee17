package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A comma, an indefinite article and a low grade begin a finding of its own after a denied one; "does not look
 * like" denies what follows; complications the patient was told of are risks, not complications had
 * (team-written).
 */
class GradedItemLookDenialAndToldRisksTest {

    @Test
    void gradedItemAfterCommaAndArticleEndsTheDenial() {
        String sentence = "Echo showed mild aortic sclerosis without stenosis, a trivial pericardial effusion and normal"
                + " valves.";
        assertEquals(AssertionStatus.PRESENT, assess(sentence, "pericardial effusion").status());
        assertEquals(AssertionStatus.NEGATED, assess(sentence, "stenosis").status());
    }

    @Test
    void doesNotLookLikeDeniesTheCondition() {
        assertEquals(AssertionStatus.NEGATED,
                assess("I reassured him that it does not look like he has pneumonia.", "pneumonia").status());
    }

    @Test
    void complicationsThePatientWasToldOfAreRisks() {
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(
                "The patient was told of complications that could occur, such as infection.", "complications")
                .status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(
                "The patient was told of complications that could occur, such as infection.", "infection")
                .status());
    }
}
