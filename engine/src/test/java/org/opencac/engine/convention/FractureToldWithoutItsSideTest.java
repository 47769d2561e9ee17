package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A fracture told once with its side and type and once without them is one fracture: the default "displaced" of
 * the sideless code is no type of its own (Guidelines I.C.19.c.1).
 */
class FractureToldWithoutItsSideTest {

    @Test
    void aSidelessFractureBesideTheSameFractureOfAStatedSideIsOneFracture() {
        CodingResult r = inpatientChecked("Postoperative diagnosis: incarcerated fracture of the left medial "
                + "epicondyle.\nProcedure: the screw was placed across the medial epicondyle fracture.");
        assertTrue(NoteAssert.codes(r).contains("S42.448A"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("S42.443A"), NoteAssert.codes(r).toString());
    }

    @Test
    void fracturesOfTwoSidesStayTwo() {
        CodingResult r = inpatientChecked("Diagnoses: fracture of the right medial epicondyle and fracture of the "
                + "left medial epicondyle.");
        assertTrue(NoteAssert.codes(r).contains("S42.441A"), NoteAssert.codes(r).toString());
        assertTrue(NoteAssert.codes(r).contains("S42.442A"), NoteAssert.codes(r).toString());
    }
}
