package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** A condition that resolved during the stay the note tells is a condition of that stay, no personal history. */
class ResolvedDuringThisStayTest {

    @Test
    void aConditionResolvedInThePostoperativeCourseIsCodedAsCurrent() {
        CodingResult r = inpatientChecked("Progress note: her postoperative course was prolonged by a urinary "
                + "tract infection, which resolved with oral antibiotics.");
        assertTrue(NoteAssert.codes(r).contains("N39.0"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("Z87")), NoteAssert.codes(r).toString());
    }

    @Test
    void aConditionResolvedWithoutAWordOfTheStayStaysPast() {
        CodingResult r = inpatientChecked("History: she had a urinary tract infection years ago, which resolved "
                + "with oral antibiotics.");
        assertFalse(NoteAssert.codes(r).contains("N39.0"), NoteAssert.codes(r).toString());
    }
}
