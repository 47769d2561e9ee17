package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * The evidence a denial rests on ('not felt to be X based upon Y') is found; a span of days told right after a
 * condition ('a history of X for 4 days') is a recent complaint, not a past one; a flattened form field with no colon
 * ('COMPLICATIONS,None.') denies its header (team-written sentences).
 */
class DenialEvidenceRecentSpanAndClosedFieldCueTest {

    @Test
    void evidenceADenialRestsOnIsPresent() {
        assertFalse(assess("It was not thought to be a septic joint based upon the clear effusion.", "effusion")
                .negated());
    }

    @Test
    void spanOfDaysAfterAHistoryCueIsARecentComplaint() {
        assertFalse(assess("She has a history of ankle swelling for 5 days.", "ankle swelling").historical());
    }

    @Test
    void spanOfATreatmentCourseKeepsThePast() {
        assertTrue(assess("He has a history of cellulitis, treated with antibiotics for 7 days.", "cellulitis")
                .historical());
    }

    @Test
    void flattenedFieldWithoutColonDeniesItsHeader() {
        assertTrue(assess("DRAINS,None.COMPLICATIONS,None.", "COMPLICATIONS").negated());
    }
}
