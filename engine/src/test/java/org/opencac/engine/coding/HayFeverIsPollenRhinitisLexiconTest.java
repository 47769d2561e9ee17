package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hay fever and pollinosis are the allergic rhinitis due to pollen (Index: Fever, hay J30.1; Pollinosis J30.1;
 * Allergy, pollen), not an allergic rhinitis of no stated cause (team-written notes).
 */
class HayFeverIsPollenRhinitisLexiconTest {

    @Test
    void hayFeverIsAllergicRhinitisDueToPollen() {
        List<String> codes = outpatientCodes("HPI: Sneezing and an itchy nose every May.\nASSESSMENT: Hay fever.\n");
        assertTrue(codes.contains("J30.1"), codes.toString());
        assertFalse(codes.contains("J30.9"), codes.toString());
    }

    @Test
    void pollinosisIsAllergicRhinitisDueToPollen() {
        List<String> codes = outpatientCodes("ASSESSMENT: Pollinosis, start a nasal steroid spray.\n");
        assertTrue(codes.contains("J30.1"), codes.toString());
    }
}
