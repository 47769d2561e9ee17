package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * The reason of an earlier stay told with its place ("had admission at another hospital with fever") or pointed back to
 * ("at that time, he was admitted with") is of that stay; a lasting condition such a stay was for goes on.
 */
class EarlierStayAtAPlaceTest {

    @Test
    void symptomOfAnEarlierStayAtAPlaceIsHistorical() {
        assertTrue(assessCoded("Last year she had admission at the county hospital with fever and cough.", "fever",
                "R50.9").historical());
        assertTrue(assessCoded("He had a hospitalization in Denver for abdominal pain.", "abdominal pain", "R10.9")
                .historical());
    }

    @Test
    void lastingConditionOfAnEarlierStayStaysCurrent() {
        assertFalse(assessCoded("She had admission at the county hospital with heart failure.", "heart failure",
                "I50.9").historical());
    }

    @Test
    void reasonOfTheStayThatAtThatTimePointsBackToIsHistorical() {
        assertTrue(assessCoded("He is known from a prior stay. At that time, he was admitted with urinary retention.",
                "urinary retention", "R33.9").historical());
    }
}
