package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A condition of an earlier hospital stay (had an admission for, a recent hospitalization for, hospitalized months
 * before this visit with), of a past month and year, of a year named before (later that year), or of acute
 * episodes counted in the plural, or of a course of treatment dated by a full date (treated on 3/4/2009 with an
 * antibiotic for), is history; the condition of the current stay or a new episode stays current.
 */
class EarlierStayOrDatedEpisodeTest {

    @Test
    void conditionOfAnAdmissionToldAsHadIsHistorical() {
        assertTrue(assessCoded("He recently had an admission for pneumonia and feels well now.", "pneumonia",
                "J18.9").historical());
    }

    @Test
    void conditionOfARecentHospitalizationIsHistorical() {
        assertTrue(assessCoded("She comes after a recent hospitalization for cellulitis of the arm.", "cellulitis",
                "L03.119").historical());
    }

    @Test
    void lastingConditionOfARecentStayStaysCurrent() {
        assertFalse(assessCoded("She comes after a recent admission for heart failure.", "heart failure", "I50.9")
                .historical());
    }

    @Test
    void findingsOfAStayMonthsBeforeThisVisitAreHistorical() {
        assertTrue(assessCoded("He was hospitalized 5 months prior to his current presentation with abdominal pain.",
                "abdominal pain", "R10.9").historical());
        assertTrue(assessCoded("She was admitted two years ago with abdominal pain.", "abdominal pain", "R10.9")
                .historical());
    }

    @Test
    void conditionOfTheCurrentAdmissionStaysCurrent() {
        assertFalse(assessCoded("The patient is admitted for pneumonia and started on antibiotics.", "pneumonia",
                "J18.9").historical());
    }

    @Test
    void gastritisOfAPastMonthAndYearIsHistorical() {
        assertTrue(assessCoded("A scope in March 1999 showed mild gastritis from aspirin.", "gastritis", "K29.70")
                .historical());
    }

    @Test
    void lastingFindingOfADatedStudyStaysCurrent() {
        assertFalse(assessCoded("An MRI in March 2009 showed a disc bulge at L4-5.", "disc bulge", "M51.26")
                .historical());
    }

    @Test
    void episodeLaterInTheSameYearIsHistorical() {
        assertTrue(assessCoded("She had knee surgery in 2006. In the same year she developed noncompliance with"
                + " her brace.", "noncompliance", "Z91.199").historical());
    }

    @Test
    void acuteEpisodesCountedInThePluralAreHistorical() {
        assertTrue(assessCoded("She has had several episodes of cellulitis of the legs.", "cellulitis", "L03.119")
                .historical());
    }

    @Test
    void symptomEpisodesCountedInThePluralStayCurrent() {
        assertFalse(assessCoded("She has had several episodes of chest pain since this morning.", "chest pain",
                "R07.9").historical());
    }

    @Test
    void infectionOfACourseOfTreatmentOnAFullDateIsHistorical() {
        assertTrue(assessCoded("He was treated on 03/11/2009, with cephalexin for cellulitis of the leg.", "cellulitis",
                "L03.119").historical());
        assertTrue(assessCoded("She was treated on 6/2/2010 for pneumonia and recovered.", "pneumonia", "J18.9")
                .historical());
    }

    @Test
    void chronicConditionTreatedOnAFullDateStaysCurrent() {
        assertFalse(assessCoded("She was treated on 02/05/2008 for hypertension with lisinopril.", "hypertension",
                "I10").historical());
    }
}
