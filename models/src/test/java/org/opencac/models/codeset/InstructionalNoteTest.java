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

    @Test
    void rangeCoversAsTheSubstringComparisonDefinesIt() {
        // the in-place comparison must order every head as String.compareTo orders the substrings
        String[] codes = {"N18", "N181", "N1832", "N186", "N189", "N17", "N19", "O10", "O11", "O119", "O12", "O16",
                "O161", "O169", "S52502A", "S52", "S5250", "T148XXA", "A0", "Z", "N18A", "E1122", "E10", "E119"};
        String[][] ranges = {{"N181", "N186"}, {"O10", "O11"}, {"O13", "O16"}, {"S52", "S5259"}, {"E10", "E11"},
                {"N18", "N1832"}, {"A00", "B99"}, {"T14", "T148XXA"}};
        for (String[] r : ranges) {
            InstructionalNote.CodeRef ref = new InstructionalNote.CodeRef(r[0], r[1]);
            for (String c : codes) {
                String head = c.substring(0, Math.min(c.length(), r[1].length()));
                boolean expected = head.compareTo(r[0].substring(0, Math.min(r[0].length(), head.length()))) >= 0
                        && head.compareTo(r[1]) <= 0;
                assertEquals(expected, ref.coversDotless(c), c + " in " + r[0] + "-" + r[1]);
            }
        }
    }

    @Test
    void aCodeWithItsDotIsCoveredAsWithout() {
        String[] codes = {"N18", "N18.1", "N18.32", "N18.6", "N17.9", "O10", "O11.9", "O16.1", "S52.502A", "S52.5",
            "T14.8XXA", "A0", "Z", "N18.A", "E11.22", "E10", "E11.9", "E1.1.9", "E11.", ".E11", "E11..9"};
        String[][] ranges = {{"N181", "N186"}, {"O10", "O11"}, {"O13", "O16"}, {"S52", "S5259"}, {"E10", "E11"},
                {"N18", "N1832"}, {"A00", "B99"}, {"T14", "T148XXA"}, {"E11", "E11"}, {"N1832", "N1832"}};
        for (String[] r : ranges) {
            InstructionalNote.CodeRef ref = new InstructionalNote.CodeRef(r[0], r[1]);
            for (String c : codes) {
                assertEquals(ref.coversDotless(c.replace(".", "")), ref.covers(c), c + " in " + r[0] + "-" + r[1]);
            }
        }
    }
}
