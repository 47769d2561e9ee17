package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;

import org.junit.jupiter.api.Test;

/**
 * "Secondary to" after a bleeding names its cause: it is no "secondary hemorrhage" (Index: Hemorrhage,
 * secondary, R58) (team-written sentences).
 */
class HemorrhageLinkedToItsCauseTest {

    @Test
    void aBleedingSecondaryToACauseIsNoSecondaryHemorrhage() {
        assertNotSuggested(outpatientChecked(
                "ASSESSMENT:\n1. Hemorrhagic lesion of the tongue base, probably secondary to recent intubation.\n"),
                "R58");
    }
}
