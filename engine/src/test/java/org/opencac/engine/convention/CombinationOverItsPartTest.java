package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * When one phrase names a condition together with another and the condition's Excludes1 note sends it "with" the
 * other to a combination code, the combination is reported, not the part (I.A.15); caring for a child is not an
 * encounter for the care of a healthy child.
 */
class CombinationOverItsPartTest {
    @Test
    void cleftLipAndCleftPalateInOnePhraseIsTheCombinationCode() {
        var r = inpatient("Diagnosis: newborn boy with a cleft lip and cleft palate, feeding by special bottle.");
        assertSuggested(r, "Q37.9", 3);
        assertNotSuggested(r, "Q35.9");
    }

    @Test
    void takingCareOfAChildIsNotAnEncounterForTheChildsCare() {
        assertNotSuggested(inpatient("At discharge she was calm and able to take care of her child at home."),
                "Z76.2");
    }
}
