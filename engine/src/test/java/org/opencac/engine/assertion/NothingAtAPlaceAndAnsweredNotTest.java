package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Nothing on (a place of several words) to suggest X" negates X as the one-word place does; "nothing" as the
 * subject of a finding's own verb denies it ("nothing hurts"), but not a finding further on ("nothing helps the
 * pain"); a question answered "Not ..." denies what it asks, "Not sure" leaves it open (team-written sentences).
 */
class NothingAtAPlaceAndAnsweredNotTest {
    @Test
    void nothingAtAPlaceOfSeveralWordsToSuggestNegatesWhatItWouldSuggest() {
        assertTrue(assess("Nothing on the lateral chest film to suggest an effusion.", "effusion").negated());
        assertTrue(assess("There is nothing on his renal ultrasound to indicate hydronephrosis.", "hydronephrosis")
                .negated());
        assertTrue(assess("Nothing in today's follow-up labs to suggest hepatitis.", "hepatitis").negated());
    }

    @Test
    void nothingAsTheSubjectOfTheFindingsVerbDeniesIt() {
        assertTrue(assess("Today nothing hurts.", "hurts").negated());
        assertTrue(assess("He says nothing is aching this morning.", "aching").negated());
    }

    @Test
    void nothingBeforeAnotherVerbLeavesTheFindingAfterIt() {
        assertFalse(assess("Nothing helps the pain.", "pain").negated());
        assertFalse(assess("Nothing relieves her headache.", "headache").negated());
    }

    @Test
    void aQuestionAnsweredNotDeniesWhatItAsks() {
        Assertion a = assess("Dizziness? Not lately.", "Dizziness");
        assertTrue(a.negated());
        assertFalse(a.uncertain());
    }

    @Test
    void aQuestionAnsweredNotSureStaysUncertain() {
        Assertion a = assess("Chest tightness? Not sure.", "Chest tightness");
        assertFalse(a.negated());
        assertTrue(a.uncertain());
    }
}
