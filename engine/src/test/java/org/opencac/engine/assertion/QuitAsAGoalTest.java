package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quitting smoking as a goal (encouraged, wanting or trying to quit) is no former habit (team-written). */
class QuitAsAGoalTest {

    @Test
    void aSmokerEncouragedToQuitKeepsTheCurrentHabit() {
        List<String> codes = outpatientCodes("ASSESSMENT: Essential hypertension. She is a smoker, encouraged to quit smoking.\n");
        assertFalse(codes.contains("Z87.891"), codes.toString());
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }

    @Test
    void wantingToQuitIsNoPersonalHistory() {
        List<String> codes = outpatientCodes("ASSESSMENT: Bronchitis. He says he wants to quit smoking this year.\n");
        assertFalse(codes.contains("Z87.891"), codes.toString());
    }

    @Test
    void havingQuitIsStillAPersonalHistory() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic cough. He quit smoking ten years ago.\n");
        assertTrue(codes.contains("Z87.891"), codes.toString());
    }
}
