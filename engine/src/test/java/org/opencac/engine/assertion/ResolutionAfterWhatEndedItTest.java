package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "With resolution after" / "with reversal following" tells that the condition just before it is over, ended by
 * what came after it; the cue reads within its clause, so an earlier item of a list keeps its reading (team-written).
 */
class ResolutionAfterWhatEndedItTest {

    @Test
    void conditionWithResolutionAfterATreatmentIsOver() {
        Assertion a = assess("Other diagnoses: snoring with resolution after tonsillectomy.", "snoring");
        assertEquals(AssertionStatus.HISTORICAL, a.status(), a.cues().toString());
        assertTrue(a.cues().contains("hist_with_resolution_after"), a.cues().toString());
    }

    @Test
    void reversalFollowingWeightLossEndsTheConditionToo() {
        assertEquals(AssertionStatus.HISTORICAL,
                assess("She had fatty liver with reversal following a diet program.", "fatty liver").status());
    }

    @Test
    void anEarlierItemOfTheListIsNotReached() {
        assertEquals(AssertionStatus.PRESENT,
                assess("Diagnoses: gout, reflux with resolution after omeprazole.", "gout").status());
    }
}
