package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/**
 * Negation, experiencer and temporality apply to a mention whatever found it: the lexicon, an
 * abbreviation, a "h/o X" term, the injury search or a measured value.
 */
class AssertionForEveryMentionSourceTest {

    private static CodingResult code(String note) {
        CodingResult r = TestModels.pipeline().code(new Note(note, CareSetting.OUTPATIENT));
        NoteAssert.assertEvidenceSlicesNote(r, note);
        return r;
    }

    private static void assertNoCodeStarting(CodingResult r, String prefix) {
        assertTrue(NoteAssert.codes(r).stream().noneMatch(c -> c.startsWith(prefix)),
                "no " + prefix + " code expected: " + NoteAssert.codes(r));
    }

    @Test
    void injuryOfARelativeIsNotThePatients() {
        assertNoCodeStarting(code("Father had a fracture of the left femur."), "S72");
    }

    @Test
    void pastInjuryIsAPersonalHistory() {
        CodingResult r = code("History of fracture of the left femur.");
        assertNoCodeStarting(r, "S72");
        NoteAssert.assertSuggested(r, "Z87.81", 5);
    }

    @Test
    void deniedInjuryIsNotCoded() {
        assertNoCodeStarting(code("No fracture of the left femur."), "S72");
    }

    @Test
    void injuryMentionDoesNotSwallowTheWordsBeforeIt() {
        CodingResult r = code("Fracture of the left femur.");
        assertTrue(r.mentions().stream().filter(m -> m.candidateCodes().stream().anyMatch(c -> c.startsWith("S72")))
                .allMatch(m -> m.text().toLowerCase(java.util.Locale.ROOT).startsWith("fracture")));
        CodingResult family = code("Father had a fracture of the left femur.");
        assertTrue(family.mentions().stream().filter(m -> m.candidateCodes().stream().anyMatch(c -> c.startsWith("S72")))
                .allMatch(m -> m.experiencer().equals("family")), family.mentions().toString());
    }

    @Test
    void measuredValueOfARelativeIsNotThePatients() {
        assertNoCodeStarting(code("Mother had a BMI of 45."), "Z68");
    }

    @Test
    void abbreviationSaidOfARelativeIsFamilyHistory() {
        CodingResult r = code("Her brother has HTN.");
        NoteAssert.assertSuggested(r, "Z82.49", 5);
        NoteAssert.assertNotSuggested(r, "I10");
    }
}
