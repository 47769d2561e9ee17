package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Two site words written side by side before a main term, each one of its subterms: the one next to the term
 * is where the condition lies, the farther one only places that structure ("frontal subdural empyema" is a
 * subdural empyema over the frontal lobe, not an empyema of the frontal sinus).
 */
class StackedSiteWordsTest {

    @Test
    void theSiteNextToTheTermIsTheConditionsSite() {
        CodingResult r = inpatientChecked("Imaging confirmed a right frontal subdural empyema needing drainage.");
        assertTrue(NoteAssert.codes(r).contains("G06.2"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("J32.1"), NoteAssert.codes(r).toString());
    }

    @Test
    void aSiteWordAloneBeforeTheTermIsStillItsSubterm() {
        CodingResult r = inpatientChecked("Imaging confirmed a frontal sinus empyema needing drainage.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("J32.1") || c.startsWith("J01.1")),
                NoteAssert.codes(r).toString());
    }
}
