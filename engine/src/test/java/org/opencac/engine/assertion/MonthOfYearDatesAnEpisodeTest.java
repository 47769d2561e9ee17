package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** A month joined to its year by "of" dates an acute episode. */
class MonthOfYearDatesAnEpisodeTest {
    @Test
    void aMonthOfAYearDatesAnAcuteEpisode() {
        assertTrue(assess("In June of 2015, she was treated for pneumonia.", "pneumonia").historical());
        assertFalse(assess("This week she was treated for pneumonia.", "pneumonia").historical());
    }
}
