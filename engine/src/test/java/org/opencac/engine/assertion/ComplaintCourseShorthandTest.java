package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** A complaint's course written as 'x3 months' runs up to now, so a history cue before it does not make it past. */
class ComplaintCourseShorthandTest {
    @Test
    void aComplaintWithItsCourseInShorthandIsCurrent() {
        assertFalse(assess("She has a history of gastritis, upper abdominal pain x3 months, and comes for an endoscopy.",
                "upper abdominal pain").historical());
        assertFalse(assess("History of reflux, cough x 2 weeks.", "cough").historical());
    }

    @Test
    void aCountOfEpisodesIsNoCourse() {
        assertTrue(assess("History of pneumonia x2, both treated with antibiotics.", "pneumonia").historical());
    }
}
