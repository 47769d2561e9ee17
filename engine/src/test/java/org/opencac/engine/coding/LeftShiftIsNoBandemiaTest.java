package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A left shift is a description of the differential count, not the provider's diagnosis of bandemia (D72.825):
 * the leukocytosis stated with it is coded (D72.829), and bandemia only where the word is written.
 */
class LeftShiftIsNoBandemiaTest {

    @Test
    void leukocytosisWithALeftShiftIsCodedAsLeukocytosis() {
        CodingResult r = inpatient("ASSESSMENT: Leukocytosis with a left shift, source not yet found.");
        assertSuggested(r, "D72.829", 5);
        assertNotSuggested(r, "D72.825");
    }

    @Test
    void aLeftShiftAloneCodesNoBandemia() {
        CodingResult r = inpatient("LABS: The differential count showed a left shift.");
        assertNotSuggested(r, "D72.825");
    }

    @Test
    void bandemiaWrittenAsSuchIsStillCoded() {
        CodingResult r = inpatient("ASSESSMENT: Bandemia without a source of infection identified.");
        assertSuggested(r, "D72.825", 5);
    }
}
