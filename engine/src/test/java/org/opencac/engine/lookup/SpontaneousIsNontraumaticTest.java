package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** A spontaneous bleed is a nontraumatic one: the Index's "nontraumatic" subterm, not a default injury (team-written). */
class SpontaneousIsNontraumaticTest {

    @Test
    void aSpontaneousBrainHematomaIsNoInjury() {
        CodingResult r = inpatient("MRI: a spontaneous cerebral hematoma in the right frontal region, managed without surgery.");
        assertSuggested(r, "I62.9", 3);
        assertNotSuggested(r, "S06.36AA");
    }

    @Test
    void aMainTermThatPrintsSpontaneousStillReadsIt() {
        assertSuggested(inpatient("Chest film: spontaneous pneumothorax on the left."), "J93.83", 3);
    }
}
