package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The phrase that describes the patient ("a man with no past medical history") ends where the patient's own
 * predicate begins ("was admitted for"): the reason for the stay is neither negated nor past. A stay dated in
 * the past keeps its own history cue (team-written).
 */
class AdmissionEndsPatientDescriptionTest {

    @Test
    void theReasonForAdmissionAfterNoPastHistoryIsPresent() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "A 64-year-old man with no past medical history was admitted for community acquired pneumonia.",
                "pneumonia").status());
        assertEquals(AssertionStatus.PRESENT, assess(
                "An elderly woman with no relevant history who was admitted with cellulitis of the leg.",
                "cellulitis").status());
    }

    @Test
    void whatTheDescriptionDeniesStaysNegated() {
        assertEquals(AssertionStatus.NEGATED, assess(
                "A 64-year-old man with no history of asthma was admitted for pneumonia.", "asthma").status());
    }

    @Test
    void aDatedStayIsStillPast() {
        assertEquals(AssertionStatus.HISTORICAL, assess(
                "Her husband says she was hospitalized in 2009 with a pulmonary embolism.", "pulmonary embolism")
                .status());
    }
}
