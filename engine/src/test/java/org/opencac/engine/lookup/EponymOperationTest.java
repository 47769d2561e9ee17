package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An eponym followed by an operation or test word names that operation, not the disease the Index prints under
 * the same name; and the malignancy an operation years ago was for is a past one (team-written).
 */
class EponymOperationTest {

    @Test
    void anEponymousProcedureIsNoDisease() {
        CodingResult r = outpatient("History: he had a Whipple's procedure in the past for a benign cyst and is well.");
        assertNotSuggested(r, "K90.81");
        assertNotSuggested(r, "Z87.19");
        assertSuggested(outpatient("Assessment: Whipple's disease confirmed on duodenal biopsy."), "K90.81", 3);
    }

    @Test
    void theCancerAnOperationYearsAgoWasForIsHistory() {
        CodingResult r = outpatient("History: she had a right hemicolectomy six years ago for colon cancer and is "
                + "well.");
        assertNotSuggested(r, "C18.9");
        assertSuggested(r, "Z85.038", 5);
        // a cancer stated as current stays current
        assertSuggested(outpatient("Assessment: colon cancer, for surgery next week."), "C18.9", 3);
    }
}
