package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A form field left unanswered ("Psychosis: unable to elicit information") asserts nothing of its label, as an empty
 * one does; a value that tells a finding keeps the label.
 */
class UnansweredFormFieldTest {

    @Test
    void fieldTheExaminerCouldNotAnswerDeniesItsLabel() {
        assertTrue(MentionFixture.assess("Psychosis: Unable to elicit information to make this assessment.",
                "Psychosis").negated());
        assertTrue(MentionFixture.assess("Mood disorder: not assessed today.", "Mood disorder").negated());
    }

    @Test
    void fieldWithAFindingKeepsItsLabel() {
        assertFalse(MentionFixture.assess("Psychosis: prominent auditory hallucinations.", "Psychosis").negated());
    }
}
