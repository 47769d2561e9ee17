package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** The harms a consent lists are hypothetical to the end of the list, whatever the wording of its opening. */
class RiskListCueTest {

    @Test
    void aCueEndingInIncludingStartsInsideItsList() {
        String s = "The risks including injury to blood vessels and nerves with a painful scar or numbness, stiffness,"
                + " infection, complex regional pain syndrome and blood clots were discussed.";
        assertTrue(assess(s, "complex regional pain syndrome").hypothetical());
    }

    @Test
    void butWereNotLimitedToNeitherEndsNorNegatesTheList() {
        Assertion were = assess("Risks included but were not limited to bleeding, infection and vocal cord"
                + " paralysis.", "vocal cord paralysis");
        assertTrue(were.hypothetical());
        assertFalse(were.negated());
    }
}
