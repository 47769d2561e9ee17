package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A habit followed by a semicolon's clause saying when it was given up ("Smoker; quit 2 years ago") is a former
 * habit; another condition before such a clause is not what was quit (team-written).
 */
class QuitAfterASemicolonTest {

    @Test
    void aSmokerWhoQuitYearsAgoIsAFormerSmoker() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic sinusitis. Smoker; quit 4 years ago.\n");
        assertTrue(codes.contains("Z87.891"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }

    @Test
    void aSmokerWithoutADateOfQuittingIsCurrent() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic sinusitis. Smoker; counseled today.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }

    @Test
    void aConditionBeforeTheSemicolonIsNotWhatWasQuit() {
        List<String> codes = outpatientCodes("ASSESSMENT: Gout; quit 3 years ago.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("M10")), codes.toString());
    }

    @Test
    void theAgeTheHabitBeganDoesNotStopTheDatedQuitting() {
        List<String> codes = outpatientCodes(
                "ASSESSMENT: Chronic sinusitis. Smoker since his twenties; quit 3 years ago.\n");
        assertTrue(codes.contains("Z87.891"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }

    @Test
    void theYearTheHabitBeganLeavesAnOngoingHabitCurrent() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic sinusitis. Smoker since 1992, still smoking.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }
}
