package org.opencac.engine.lexicon;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A deep vein thrombosis the note places in the arm is one of the upper extremity (Index: Thrombosis, vein, upper
 * extremity, deep, I82.62-), never the lower extremity default of a bare "DVT" (team-written).
 */
class ArmDeepVeinThrombosisSiteTest {

    @Test
    void anArmDeepVenousThrombosisIsOfTheUpperExtremity() {
        CodingResult r = outpatient("ASSESSMENT:\n1. Right arm deep venous thrombosis, on heparin.\n");
        assertSuggested(r, "I82.621", 3);
        assertNotSuggested(r, "I82.401");
        assertNotSuggested(r, "I82.409");
    }

    @Test
    void aDeepVenousThrombosisOfTheArmIsOfTheUpperExtremity() {
        CodingResult r = outpatient("ASSESSMENT:\n1. Deep venous thrombosis of the left arm.\n");
        assertSuggested(r, "I82.622", 3);
        assertNotSuggested(r, "I82.402");
    }

    @Test
    void aLegDeepVenousThrombosisStaysOfTheLowerExtremity() {
        assertSuggested(outpatient("ASSESSMENT:\n1. Right leg deep venous thrombosis.\n"), "I82.401", 3);
    }
}
