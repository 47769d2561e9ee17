package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A sepsis or bacteremia called recent is an episode treated during an earlier stay; 'recent' before other words
 * or before a lasting condition dates nothing.
 */
class RecentSepsisCueTest {

    @Test
    void aRecentSepsisIsAnEarlierEpisode() {
        assertTrue(assessCoded("Follow-up of a recent sepsis from a kidney infection.", "sepsis", "A41.9")
                .historical());
    }

    @Test
    void recentBeforeALabWordDoesNotReachALaterSepsis() {
        assertFalse(assessCoded("Her recent labs show a rising white count and sepsis is treated.", "sepsis",
                "A41.9").historical());
    }

    @Test
    void aRecentLastingConditionIsNotMadePast() {
        assertFalse(assessCoded("She has recent heart failure.", "heart failure", "I50.9").historical());
    }
}
