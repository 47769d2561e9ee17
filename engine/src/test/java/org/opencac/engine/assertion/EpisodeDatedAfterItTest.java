package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** An episode dated years back or called previous by words after it is past, like one said "years ago". */
class EpisodeDatedAfterItTest {

    @Test
    void episodeSomeYearsEarlierIsHistorical() {
        assertEquals(AssertionStatus.HISTORICAL, assess(
                "She had a kidney infection three years earlier and has been well since.", "kidney infection").status());
    }

    @Test
    void complaintFirstSeenAYearBeforeStaysPresent() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "She was first seen a year before because of sciatica that still troubles her.",
                "sciatica").status());
    }

    @Test
    void episodeFollowedByPreviouslyIsHistorical() {
        assertEquals(AssertionStatus.HISTORICAL, assess(
                "The chart shows she had a bladder infection previously.", "bladder infection").status());
    }

    @Test
    void yearsOfAPersistingConditionAreNotADate() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "He has had a cough for two years and it is worse this week.", "cough").status());
    }
}
