package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A short word written in capitals is an abbreviation ("LUE", the left upper extremity), never an Index main
 * term it matches only once that term is read singular ("Lues"): no syphilis from a limb (team-written sentences).
 */
class CapitalizedAbbreviationTest {

    @Test
    void aCapitalizedLimbAbbreviationIsNoSyphilis() {
        CodingResult limb = outpatient("She reports intermittent paresthesias of the LUE since last spring.");
        assertNotSuggested(limb, "A52.19");
        assertSuggested(limb, "R20.2", 5);
        assertNotSuggested(outpatient("Blood pressure was 128/80 in the RUE and 130/82 in the LUE."), "A53.9");
        // a line all in capitals: a known abbreviation is still one
        assertNotSuggested(outpatient("Assessment: stable.\nVITALS: BP RUE 128/80, LUE 130/82."), "A53.9");
    }

    @Test
    void theWordWrittenOutStillReachesItsMainTerm() {
        assertSuggested(outpatient("Assessment: Latent lues, treated with penicillin."), "A53.0", 5);
    }
}
