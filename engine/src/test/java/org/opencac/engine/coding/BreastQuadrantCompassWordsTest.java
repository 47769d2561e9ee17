package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/** A breast quadrant told by the compass words of imaging and pathology reports selects the quadrant's code. */
class BreastQuadrantCompassWordsTest {

    @Test
    void anInferomedialBreastMassIsOfTheLowerInnerQuadrant() {
        var r = inpatient("IMPRESSION: Palpable mass in the inferomedial left breast.");
        assertSuggested(r, "N63.24", 3);
        assertNotSuggested(r, "N63.20");
    }

    @Test
    void aSuperolateralBreastMassIsOfTheUpperOuterQuadrant() {
        assertSuggested(inpatient("IMPRESSION: Palpable mass in the superolateral right breast."), "N63.11", 3);
    }

    @Test
    void aBreastMassWithoutACompassWordKeepsTheUnspecifiedQuadrant() {
        assertSuggested(inpatient("IMPRESSION: Palpable mass in the left breast."), "N63.20", 3);
    }
}
