package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "With" and a low grade after a denial ("no fever with slight cough") begin a finding the patient has; the effort
 * or touch that brings a denied symptom on ("no dyspnea with mild exertion or orthopnea") keeps the denial going
 * (team-written).
 */
class GradedFindingAfterWithADenialTest {

    @Test
    void aSlightFindingAfterWithIsPresent() {
        assertFalse(assess("No chills or night sweats with slight cough today.", "cough").negated());
    }

    @Test
    void theDeniedItemsBeforeWithSlightStayDenied() {
        assertTrue(assess("No chills or night sweats with slight cough today.", "chills").negated());
    }

    @Test
    void someNauseaAfterWithIsPresent() {
        assertFalse(assess("No vomiting with some nausea after meals.", "nausea").negated());
    }

    @Test
    void aMildEffortAfterWithKeepsTheDenialGoing() {
        assertTrue(assess("She denies dyspnea with mild exertion or orthopnea.", "orthopnea").negated());
    }

    @Test
    void aHistoryEndsAtWithAndAGrade() {
        assertFalse(assess("History of myocardial infarction with mild cough.", "cough").historical());
    }
}
