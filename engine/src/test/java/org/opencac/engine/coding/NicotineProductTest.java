package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Smoker, see Dependence, drug, nicotine": the product is coded only when the note names it (team-written). */
class NicotineProductTest {

    @Test
    void aSmokerWhoseProductIsNotNamedTakesTheUnspecifiedProduct() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic cough. She is a smoker.\n");
        assertTrue(codes.contains("F17.200"), codes.toString());
        assertFalse(codes.contains("F17.210"), codes.toString());
    }

    @Test
    void aSmokerOfCigarettesTakesTheCigaretteCode() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic cough. Smoker of a pack of cigarettes a day.\n");
        assertTrue(codes.contains("F17.210"), codes.toString());
        assertFalse(codes.contains("F17.200"), codes.toString());
    }

    @Test
    void aProductNamedInTheClauseSelectsItsSubcategoryOverTheUnspecifiedOne() {
        // F17.200 and F17.210 are in different subcategories (F17.20, F17.21): the product is read one level up
        List<String> codes = outpatientCodes("ASSESSMENT: Tobacco dependence (cigarettes), counseled.\n");
        assertTrue(codes.contains("F17.210"), codes.toString());
        assertFalse(codes.contains("F17.200"), codes.toString());
    }

    @Test
    void cigarettesCountedByTheWeekAreTheCigaretteHabitToo() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: Works nights. She smokes three packs of cigarettes a week.\n");
        assertTrue(codes.contains("F17.210"), codes.toString());
    }

    @Test
    void aWeeklyCountGivenUpYearsAgoIsNoCurrentHabit() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: He used to smoke ten cigarettes per week but quit in his forties.\n");
        assertFalse(codes.contains("F17.210"), codes.toString());
    }
}
