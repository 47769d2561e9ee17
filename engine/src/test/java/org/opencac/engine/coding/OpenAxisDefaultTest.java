package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A header's default child leaves open what the note does not tell: a title's "unspecified depth" or closing
 * "unspecified" adds no detail, so the default of an ovarian endometriosis of no stated depth is the code of
 * unspecified depth, never the superficial one, and a stated side selects the side's code of unspecified depth.
 */
class OpenAxisDefaultTest {

    @Test
    void anOvarianEndometriosisOfNoStatedDepthIsOfUnspecifiedDepth() {
        CodingResult r = inpatientChecked("DIAGNOSIS: Endometriosis of the ovary.");
        NoteAssert.assertSuggested(r, "N80.109", 1);
        NoteAssert.assertNotSuggested(r, "N80.119");
    }

    @Test
    void aStatedSideSelectsTheSidesCodeOfUnspecifiedDepth() {
        CodingResult r = inpatientChecked("DIAGNOSIS: Endometriosis of the left ovary.");
        NoteAssert.assertSuggested(r, "N80.102", 1);
        NoteAssert.assertNotSuggested(r, "N80.112");
    }

    @Test
    void aStatedDepthIsStillCoded() {
        CodingResult r = inpatientChecked("DIAGNOSIS: Deep endometriosis of the right ovary.");
        NoteAssert.assertSuggested(r, "N80.121", 1);
    }
}
