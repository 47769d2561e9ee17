package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A condition of a visit to a place of care dated months or years back ("in the emergency room three months ago
 * with") and the symptoms and dehydration of stays counted in the plural ("recurrent admissions with vomiting
 * and dehydration") are history; a visit days ago, an infection and a lasting condition of the stays stay current.
 */
class EarlierVisitToAPlaceOrRecurrentStaysTest {

    @Test
    void infectionOfAnEmergencyRoomVisitMonthsAgoIsHistorical() {
        assertTrue(assessCoded("He visited the ER six months ago for a kidney infection.", "kidney infection",
                "N15.9").historical());
        assertTrue(assessCoded("She was seen in the ER two years ago with pneumonia.", "pneumonia", "J18.9")
                .historical());
    }

    @Test
    void emergencyRoomVisitDaysAgoStaysCurrent() {
        assertFalse(assessCoded("She was seen in the ER two days ago with pneumonia.", "pneumonia", "J18.9")
                .historical());
    }

    @Test
    void symptomsOfRecurrentAdmissionsAreHistorical() {
        assertTrue(assessCoded("He reports repeated hospitalizations at another hospital for vomiting and dehydration.",
                "dehydration", "E86.0").historical());
        assertTrue(assessCoded("She has had multiple hospitalizations for syncope.", "syncope", "R55").historical());
    }

    @Test
    void lowBloodPressureOfRecurrentAdmissionsIsHistorical() {
        assertTrue(assessCoded("He has had several admissions for vomiting and hypotension this year.", "hypotension",
                "I95.9").historical());
    }

    @Test
    void infectionOfRecurrentAdmissionsStaysCurrent() {
        assertFalse(assessCoded("He reports multiple hospitalizations for cellulitis of the legs.", "cellulitis",
                "L03.119").historical());
    }

    @Test
    void lastingConditionOfRecurrentAdmissionsStaysCurrent() {
        assertFalse(assessCoded("She has had multiple hospitalizations for heart failure.", "heart failure",
                "I50.9").historical());
    }
}
