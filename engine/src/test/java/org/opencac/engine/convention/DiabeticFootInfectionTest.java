package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * An abscess or infection of the foot the provider calls diabetic is a diabetes with a skin complication
 * (E11.628), reported with the infection's own code (team-written sentences).
 */
class DiabeticFootInfectionTest {

    @Test
    void aDiabeticFootAbscessIsDiabetesWithASkinComplication() {
        var r = outpatientChecked("DIAGNOSES:\n1. Diabetic foot abscess on the right.\n");
        assertSuggested(r, "E11.628", 3);
        assertNotSuggested(r, "E11.9");
    }

    @Test
    void aDiabeticFootInfectionIsDiabetesWithASkinComplication() {
        assertSuggested(outpatientChecked("ASSESSMENT:\nDiabetic foot infection.\n"), "E11.628", 3);
    }
}
