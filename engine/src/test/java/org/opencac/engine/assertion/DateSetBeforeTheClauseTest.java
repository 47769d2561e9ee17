package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** A month joined to its year by "of", or a date set before the clause, dates the acute episode the clause tells. */
class DateSetBeforeTheClauseTest {
    @Test
    void aMonthOfAYearDatesAnAcuteEpisode() {
        assertTrue(assess("In June of 2015, she was treated for pneumonia.", "pneumonia").historical());
        assertFalse(assess("This week she was treated for pneumonia.", "pneumonia").historical());
    }

    @Test
    void aDateSetBeforeTheClauseDatesTheAcuteEpisodeItTells() {
        assertTrue(assess("In March of 2011, she was treated for strep throat.", "strep throat").historical());
        assertTrue(assess("In May 2014, she developed cellulitis of the right foot.", "cellulitis").historical());
        assertTrue(assess("In 2009, he had pneumonia and was admitted for three days.", "pneumonia").historical());
        assertFalse(assess("She is being treated for strep throat this week.", "strep throat").historical());
    }
}
