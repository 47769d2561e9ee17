package org.opencac.models.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InstructionalNoteTest {

    @Test
    void categoryReferenceCoversEveryCodeUnderIt() {
        InstructionalNote n = InstructionalNote.of(NoteType.EXCLUDES1, "type 1 diabetes mellitus (E10.-)", "E11");
        assertTrue(n.refersTo("E10.9"));
        assertTrue(n.refersTo("E10"));
        assertFalse(n.refersTo("E11.9"));
    }

    @Test
    void rangeReferenceCoversCodesBetweenItsEnds() {
        InstructionalNote n = InstructionalNote.of(NoteType.USE_ADDITIONAL_CODE,
                "code to identify stage of chronic kidney disease (N18.1-N18.6)", "E11.22");
        assertTrue(n.refersTo("N18.32"));
        assertTrue(n.refersTo("N18.6"));
        assertFalse(n.refersTo("N18.9"));
        assertFalse(n.refersTo("N17.9"));
    }

    @Test
    void severalReferencesInOneNoteAreAllRead() {
        InstructionalNote n = InstructionalNote.of(NoteType.EXCLUDES1,
                "hypertensive disease complicating pregnancy (O10-O11, O13-O16)", "I10");
        assertEquals(2, n.codeRefs().size());
        assertTrue(n.refersTo("O11.3"));
        assertTrue(n.refersTo("O16.1"));
        assertFalse(n.refersTo("O12.00"));
    }

    @Test
    void noteWithoutCodesRefersToNothing() {
        assertFalse(InstructionalNote.of(NoteType.USE_ADDITIONAL_CODE, "code to identify control using:", "E11")
                .refersTo("E11.9"));
    }
}
