package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** Internal hemorrhoids told once with their degree and once without are one condition: the degree code. */
class InternalHemorrhoidsToldByDegreeTest {

    @Test
    void theDegreeCodeTakesTheInternalHemorrhoidsOfNoStatedDegree() {
        CodingResult r = NoteAssert.codeChecked(
                "Findings: second degree hemorrhoids on retroflexion. Impression: internal hemorrhoids.",
                CareSetting.OUTPATIENT);
        assertTrue(NoteAssert.codes(r).contains("K64.1"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("K64.8"), NoteAssert.codes(r).toString());
    }
}
