package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * An Excludes1 note that names a condition told in a disease ("coma in diabetes (E08-E13)" at R40) excludes that
 * disease's complication code, not the disease's code whose title says it has none: a coma from another cause
 * and an uncomplicated diabetes are both reported.
 */
class ComaBesideUncomplicatedDiabetesTest {

    @Test
    void aComaIsReportedBesideDiabetesWithoutComplications() {
        CodingResult r = NoteAssert.codeChecked(
                "Assessment: type 2 diabetes mellitus. She was found in a coma after a fall from a ladder.",
                CareSetting.INPATIENT);
        assertTrue(NoteAssert.codes(r).contains("E11.9"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("R40.20"), NoteAssert.codes(r).toString());
    }
}
