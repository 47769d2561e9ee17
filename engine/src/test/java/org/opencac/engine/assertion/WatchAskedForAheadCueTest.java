package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * 'Monitored for' in a sentence that asks for the watching ahead ('should be monitored for') names what is watched
 * for, a possibility; told in the past ('was monitored for') it names no such thing (team-written sentences).
 */
class WatchAskedForAheadCueTest {

    @Test
    void whatThePatientIsToBeMonitoredForIsHypothetical() {
        assertTrue(assess("After the infusion she must be kept on telemetry and monitored for atrial fibrillation.",
                "atrial fibrillation").hypothetical());
    }

    @Test
    void willBeMonitoredForIsHypothetical() {
        assertTrue(assess("He will be monitored for hypoglycemia overnight.", "hypoglycemia").hypothetical());
    }

    @Test
    void aPastWatchWithoutAWordAskingForItLeavesTheConditionAsTold() {
        assertFalse(assess("Last year he was monitored for palpitations with a Holter.", "palpitations")
                .hypothetical());
    }
}
