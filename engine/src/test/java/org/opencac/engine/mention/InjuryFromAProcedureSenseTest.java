package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A hematoma or other injury the sentence ties to a biopsy or a catheterization is a complication of that
 * procedure, not an injury code (S-, T14); the same hematoma after trauma is still the injury.
 */
class InjuryFromAProcedureSenseTest {

    @Test
    void aHematomaAfterABiopsyIsNoContusion() {
        assertNotSuggested(outpatient("IMPRESSION: Hematoma of the right kidney following the biopsy."), "S37.011A");
    }

    @Test
    void aHematomaAfterAFallIsStillTheContusion() {
        assertSuggested(outpatient("IMPRESSION: Hematoma of the right kidney after a fall from a ladder."), "S37.011A", 3);
    }

    @Test
    void aTraumaWordKeepsTheInjuryBesideABiopsy() {
        assertSuggested(outpatient("IMPRESSION: Traumatic hematoma of the right kidney, no biopsy was needed."),
                "S37.011A", 3);
    }
}
