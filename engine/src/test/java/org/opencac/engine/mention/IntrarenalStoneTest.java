package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/** A stone the note places within the kidney ("intrarenal") is a calculus of kidney (N20.0). Sentences are our own. */
class IntrarenalStoneTest {

    @Test
    void anIntrarenalStoneIsACalculusOfKidney() {
        assertSuggested(outpatient("IMPRESSION:\n1. A 4 mm right intrarenal stone without obstruction, to be watched.\n"),
                "N20.0", 2);
    }

    @Test
    void noIntrarenalStoneOnImagingIsNoCalculus() {
        assertNotSuggested(outpatient("FINDINGS: There is no intrarenal stone on either side. The bladder is normal.\n"),
                "N20.0");
    }
}
