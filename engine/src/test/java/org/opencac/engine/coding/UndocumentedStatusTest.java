package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A status the note does not document is "status unknown", never "without": a head injury whose note is
 * silent on loss of consciousness is not coded as an injury without loss of consciousness.
 */
class UndocumentedStatusTest {

    @Test
    void aBrainInjuryWithoutWordOnConsciousnessIsStatusUnknown() {
        CodingResult r = inpatientChecked("FINAL DIAGNOSIS: Traumatic brain injury after a fall from a ladder.");
        NoteAssert.assertSuggested(r, "S06.9XAA", 3);
        NoteAssert.assertNotSuggested(r, "S06.9X0A");
    }

    @Test
    void aDocumentedAbsenceOfLossOfConsciousnessIsStillCodedAsWithout() {
        CodingResult r = inpatientChecked("ASSESSMENT: Concussion without loss of consciousness, sustained in a soccer "
                + "game.");
        NoteAssert.assertSuggested(r, "S06.0X0A", 3);
    }

    @Test
    void aSubduralHematomaIsATraumaticSubduralHemorrhageByDefault() {
        CodingResult r = inpatientChecked("POSTOPERATIVE DIAGNOSIS: Acute subdural hematoma, left.");
        NoteAssert.assertSuggested(r, "S06.5XAA", 1);
        CodingResult spontaneous = inpatientChecked("DIAGNOSIS: Nontraumatic subdural hematoma in a patient on "
                + "warfarin.");
        assertTrue(NoteAssert.codes(spontaneous).stream().anyMatch(c -> c.startsWith("I62.0")),
                NoteAssert.codes(spontaneous).toString());
    }

    @Test
    void statusUnknownCountsAsADefaultTitle() {
        assertTrue(CodeResolver.isDefaultTitle(
                "Traumatic subdural hemorrhage with loss of consciousness status unknown, initial encounter"));
        assertEquals(0, CodeResolver.defaultMarks(
                "Traumatic subdural hemorrhage without loss of consciousness, initial encounter"));
    }
}
