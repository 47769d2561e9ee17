package org.opencac.evaluation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchNotesTest {
    private static final List<String> TEXTS = List.of(
            "CHIEF COMPLAINT: Cough.\n\nHPI: 54 y/o F with cough for 3 days. No fever. Mild wheeze at night.\n"
                    + "ASSESSMENT: Acute bronchitis. Rule out pneumonia? CXR ordered.\n",
            "PLAN: Albuterol inhaler prn. Return if worse! Follow up in 1 week.\n",
            "HISTORY: Type 2 diabetes mellitus without complications. Hypertension, controlled on lisinopril.\n");

    @Test
    void sentencesJoinBackToTheText() {
        for (String text : TEXTS) {
            assertEquals(text, String.join("", BenchNotes.sentences(text)));
        }
    }

    @Test
    void sentencesEndAtLineBreaksAndSentencePunctuation() {
        assertEquals(List.of("CHIEF COMPLAINT: Cough.\n\n", "HPI: 54 y/o F with cough for 3 days. ", "No fever. ",
                        "Mild wheeze at night.\n", "ASSESSMENT: Acute bronchitis. ", "Rule out pneumonia? ",
                        "CXR ordered.\n"),
                BenchNotes.sentences(TEXTS.get(0)));
    }

    @Test
    void notesFillTheTargetWithoutPassingIt() {
        for (int target : new int[] {60, 150, 400, 1000}) {
            for (String note : BenchNotes.build(TEXTS, target, 5)) {
                assertTrue(note.length() <= target, target + ": " + note.length());
                assertTrue(note.length() >= 0.8 * target, target + ": " + note.length());
            }
        }
    }

    @Test
    void textsAreSeparatedByOneBlankLineAndNeverPaddedWithBlankLines() {
        for (String note : BenchNotes.build(TEXTS, 1000, 3)) {
            assertFalse(note.contains("\n\n\n"), note);
            assertTrue(note.contains("\n\nPLAN:"), note);
        }
    }

    @Test
    void notesAreMadeOfWholeSentencesOfTheTexts() {
        List<String> all = TEXTS.stream().flatMap(t -> BenchNotes.sentences(t).stream()).toList();
        for (String note : BenchNotes.build(TEXTS, 400, 3)) {
            for (String piece : BenchNotes.sentences(note)) {
                String sentence = piece.strip();
                assertTrue(sentence.isEmpty() || all.stream().anyMatch(s -> s.strip().equals(sentence)), sentence);
            }
        }
    }

    @Test
    void buildingIsDeterministicAndNotesStartAtDifferentTexts() {
        List<String> a = BenchNotes.build(TEXTS, 150, 3);
        assertEquals(a, BenchNotes.build(TEXTS, 150, 3));
        assertFalse(a.get(0).equals(a.get(1)));
        assertTrue(a.get(1).startsWith("PLAN:"), a.get(1));
    }

    @Test
    void generatedNotesNeverRepeatAndStayWithinTheSize() {
        BenchNotes.Generator generator = new BenchNotes.Generator(TEXTS, 300);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long i = 0; i < 200; i++) {
            String note = generator.note(i);
            assertTrue(note.length() <= 300 && !note.isBlank(), note);
            assertTrue(seen.add(note), "note " + i + " repeats an earlier one");
        }
        assertEquals(generator.note(7), new BenchNotes.Generator(TEXTS, 300).note(7));
    }
}
