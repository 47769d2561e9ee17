package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Whose a condition is and whether it is one: the mother's pregnancy as a clause's subject ("prenatal course was
 * complicated by hypertension") tells her condition on her child's record; an informant who says "she herself"
 * tells her own; a household or the people a patient lives with holding a habit hold it themselves; an exposure to
 * an infection is no infection; a short word in capitals the note uses as its patient's name is no abbreviation.
 * Sentences are our own.
 */
class OtherPeoplesConditionsExposureAndInitialsTest {

    private static final String NEWBORN = "History: a 3-day-old girl, born to a G2 mother of 31 at 38 "
            + "weeks. ";

    @Test
    void theMothersPrenatalCourseOnTheNewbornsRecordIsHers() {
        CodingResult r = outpatientChecked(NEWBORN + "Prenatal course was complicated by hypertension and "
                + "oligohydramnios.");
        assertNotSuggested(r, "I10");
        assertEquals("family_no_code", mention(r, "hypertension").reason());
        CodingResult labor = outpatientChecked(NEWBORN + "Labor and delivery was complicated by fever.");
        assertNotSuggested(labor, "R50.9");
        assertNotSuggested(labor, "P81.9");
    }

    @Test
    void herOwnPregnancyAndTheBabysOwnConditionStayThePatients() {
        CodingResult own = outpatientChecked("History: a 29-year-old woman at 24 weeks. Her pregnancy was "
                + "complicated by hypothyroidism, on levothyroxine.");
        assertEquals("patient", mention(own, "hypothyroidism").experiencer());
        assertSuggested(outpatientChecked("Assessment: hypertension, on lisinopril."), "I10", 3);
    }

    @Test
    void anInformantWhoSaysSheHerselfTellsHerOwnCondition() {
        CodingResult r = outpatientChecked(NEWBORN + "Mom states that she herself has pneumonia this week.");
        assertNotSuggested(r, "J18.9");
        assertEquals("family", mention(r, "pneumonia").experiencer());
        CodingResult child = outpatientChecked("History: a 4-year-old boy. Mom states that he has had "
                + "pneumonia since Monday.");
        assertEquals("patient", mention(child, "pneumonia").experiencer());
    }

    @Test
    void aHabitHeldByTheHouseholdIsOtherPeoples() {
        CodingResult household = outpatientChecked("Social history: he shares a household with drug users.");
        assertNotSuggested(household, "F19.90");
        assertEquals("family_no_code", mention(household, "drug users").reason());
        assertNotSuggested(outpatientChecked("Social history: she lives with heavy drinkers."), "F10.10");
        assertSuggested(outpatientChecked("Social history: married; lives with his spouse and smokes a pack a day."),
                "F17.210", 3);
    }

    @Test
    void anExposureToAnInfectionIsNoInfection() {
        CodingResult r = outpatientChecked(NEWBORN + "Diagnoses: group B streptococcus exposure, no sepsis.");
        assertNotSuggested(r, "B95.1");
        assertEquals("other_sense", mention(r, "group B streptococcus").reason());
        CodingResult exposed = outpatientChecked("History: she was exposed to influenza at school.");
        assertNotSuggested(exposed, "J11.1");
        assertEquals("hypothetical", mention(exposed, "influenza").reason());
        assertSuggested(outpatientChecked("Assessment: influenza, started on oseltamivir."), "J11.1", 3);
    }

    @Test
    void thePatientsInitialsAreNoAbbreviation() {
        CodingResult r = outpatientChecked("Chief complaint: nausea. Patient AF is here today with nausea. "
                + "History: AF's nausea began two days ago. AF reports no fever.");
        assertNotSuggested(r, "I48.91");
        assertSuggested(outpatientChecked("Assessment: AF with rapid ventricular response, on diltiazem."),
                "I48.91", 3);
    }
}
