package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Ocular motor" is the oculomotor (third cranial) nerve written in two words: its palsy is Paralysis, oculomotor,
 * see Strabismus, paralytic, third nerve (H49.0-), not Paralysis, motor (G83.9).
 */
class OcularMotorPalsyTest {

    @Test
    void anOcularMotorPalsyIsAThirdNervePalsy() {
        CodingResult r = outpatientChecked("ASSESSMENT: Common ocular motor paralysis of the left eye.\n");
        assertSuggested(r, "H49.02", 1);
        assertNotSuggested(r, "G83.9");
        assertSuggested(outpatientChecked("ASSESSMENT: Sixth nerve palsy of the right eye.\n"), "H49.21", 1);
    }
}
