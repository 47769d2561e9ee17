package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A history said empty ("no history of interest", "no relevant medical history") is a statement closed by its
 * comma: the items told after the comma are the patient's own, not more denied items (team-written).
 */
class EmptyHistoryClosedByItsCommaTest {

    @Test
    void aConditionAfterNoHistoryOfInterestAndItsCommaIsNotNegated() {
        assertEquals(AssertionStatus.PRESENT,
                assess("A man with no history of interest, obesity since childhood, came with knee pain.", "obesity").status());
    }

    @Test
    void thePatientsOwnHistoryAfterAnEmptyFamilyHistoryIsNotNegated() {
        assertEquals(AssertionStatus.HISTORICAL, assess(
                "A woman with no family history of interest, personal history of asthma, came with wheezing.", "asthma").status());
    }

    @Test
    void aConditionAfterNoRelevantMedicalHistoryAndItsCommaIsNotNegated() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "An elderly man with no relevant medical history, type 2 diabetes on diet, came with vertigo.",
                "type 2 diabetes").status());
    }

    @Test
    void aHistoryOfANamedConditionIsStillDenied() {
        assertEquals(AssertionStatus.NEGATED,
                assess("A man with no relevant medical history of diabetes came with thirst.", "diabetes").status());
    }
}
