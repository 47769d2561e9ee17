package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/** A past date told by one sentence dates the acute episode the next past-tense sentences tell. */
class DateOfTheSentenceBeforeTest {
    @Test
    void anAcuteEpisodeToldInThePastAfterADatedSentenceIsPast() {
        assertTrue(assessCoded("In March 2005 she fell at home. She was found to have a pneumonia.", "pneumonia",
                "J18.9").historical());
        assertTrue(assessCoded("In 2004 he had a fall. At that time, he was treated for cellulitis.", "cellulitis",
                "L03.90").historical());
    }

    @Test
    void theDateReachesTwoSentencesToldInThePast() {
        assertTrue(assessCoded("He fell again in June of 2006. There was no dizziness. He was again found to have"
                + " pneumonia.", "pneumonia", "J18.9").historical());
    }

    @Test
    void aLastingConditionFoundThenStillGoesOn() {
        assertFalse(assessCoded("In 2005 she had a fall. She was found to have diabetes.", "diabetes", "E11.9")
                .historical());
    }

    @Test
    void aSentenceToldInThePresentIsNotDated() {
        assertFalse(assessCoded("In 2005 she had a fall. She has a pneumonia now.", "pneumonia", "J18.9")
                .historical());
        assertFalse(assessCoded("In 2005 she had a fall. She is well. She was found to have a pneumonia today.",
                "pneumonia", "J18.9").historical());
    }
}
