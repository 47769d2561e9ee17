package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Of two site words before a main term, the one next to it is its site; the farther one, apart from it,
 * names the study that saw it ("abdominal ultrasound showed a renal mass").
 */
class NearerSiteWordTest {

    @Test
    void theSiteWordNextToTheConditionIsItsSite() {
        CodingResult r = inpatientChecked("Abdominal sonography demonstrated a solid renal mass.");
        assertTrue(NoteAssert.codes(r).contains("N28.89"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("R19.00"), NoteAssert.codes(r).toString());
    }

    @Test
    void aStudysSiteStillServesWhenTheConditionNamesNoOther() {
        CodingResult r = inpatientChecked("Abdominal sonography demonstrated a large mass.");
        assertTrue(NoteAssert.codes(r).contains("R19.00"), NoteAssert.codes(r).toString());
    }

    @Test
    void siteWordsJoinedByAndAreEachTheConditionsSite() {
        CodingResult r = inpatientChecked("She reports worsening back and joint pain.");
        assertTrue(NoteAssert.codes(r).contains("M54.9"), NoteAssert.codes(r).toString());
    }
}
