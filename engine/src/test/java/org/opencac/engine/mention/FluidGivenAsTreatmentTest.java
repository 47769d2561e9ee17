package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;

/**
 * Fluid given as a treatment (its management, boluses, resuscitation) is no fluid found in an organ: a lung word
 * near it in the sentence does not make it the Index's "Fluid, lung" (pulmonary edema, J81.1).
 */
class FluidGivenAsTreatmentTest {

    @Test
    void fluidManagementBesidePulmonaryCareIsNoPulmonaryEdema() {
        assertNotSuggested(outpatient("HOSPITAL COURSE: The intensivist oversaw her fluid and pulmonary management."),
                "J81.1");
    }
}
