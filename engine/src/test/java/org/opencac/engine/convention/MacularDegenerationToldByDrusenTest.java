package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** An unspecified macular degeneration beside the drusen of a macula is one condition: the drusen code. */
class MacularDegenerationToldByDrusenTest {

    @Test
    void drusenOfTheMaculaTakeTheUnspecifiedMacularDegeneration() {
        CodingResult r = NoteAssert.codeChecked(
                "Assessment: macular degeneration. Fundus: the right macula shows drusen.", CareSetting.OUTPATIENT);
        assertTrue(NoteAssert.codes(r).contains("H35.361"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("H35.30"), NoteAssert.codes(r).toString());
    }
}
