package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Excludes1 between the unspecified code of a condition and its specific code: one condition, coded to the
 * highest specificity documented, wherever in the note the detail is told. Team-written sentences.
 */
class UnspecifiedFormOfOneConditionTest {

    @Test
    void sepsisListedBareAndLaterGivenItsOrganismKeepsTheOrganismsCode() {
        CodingResult r = outpatient("DIAGNOSES: 1. Lobar pneumonia. 2. Sepsis.\nIMPRESSION: His sepsis arose from "
                + "pneumococcal disease and is now improving.");
        assertSuggested(r, "A40.3", 5);
        assertNotSuggested(r, "A41.9");
    }
}
