package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** An ileostomy the operation makes or closes is a procedure; only one the patient lives with is a status (Z93.2). */
class IleostomyMadeAtOperationIsNoStatusTest {

    @Test
    void anIleostomyFormedAtTheOperationIsNoStatus() {
        CodingResult r = inpatient("OPERATION: A right hemicolectomy was done and an end ileostomy was formed.");
        assertNotSuggested(r, "Z93.2");
    }

    @Test
    void anIleostomyClosedLaterIsNoStatus() {
        CodingResult r = inpatient("HISTORY: Two years ago his ileostomy was closed with a hand-sewn anastomosis.");
        assertNotSuggested(r, "Z93.2");
    }

    @Test
    void anIleostomyThePatientHasIsAStatus() {
        CodingResult r = inpatient("PAST HISTORY: Ulcerative colitis; he has an ileostomy.");
        assertSuggested(r, "Z93.2", 5);
    }
}
