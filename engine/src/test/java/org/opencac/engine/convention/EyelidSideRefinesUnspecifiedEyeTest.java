package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Eye" in a default's title says the eye's side is not documented, as "ear" does: an eyelid condition told bare
 * in the operative narrative (H02.009 "... of unspecified eye, unspecified eyelid") is the one the diagnoses give
 * with its lids, whose codes name no eye but the eyelid of a side (H02.001, H02.005).
 */
class EyelidSideRefinesUnspecifiedEyeTest {
    @Test
    void bareEntropionInTheNarrativeIsTheSidedOnesOfTheDiagnoses() {
        CodingResult r = outpatient("PREOPERATIVE DIAGNOSES: 1. Entropion, right upper lid. 2. Entropion, left lower lid.\n"
                + "PROCEDURE IN DETAIL: The margin was everted and cut along the area of lashes and entropion. "
                + "The wound was closed.\n");
        assertSuggested(r, "H02.001", 3);
        assertSuggested(r, "H02.005", 3);
        assertNotSuggested(r, "H02.009");
    }
}
