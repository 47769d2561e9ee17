package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

class StageNumeralsTest {
    @Test
    void aRomanStageIsReadInArabicAsTheTabularWritesIt() {
        assertEquals("Stage 4 sacral decubitus", StageNumerals.arabic("Stage IV sacral decubitus"));
        assertEquals("chronic kidney disease stage 3b", StageNumerals.arabic("chronic kidney disease stage IIIb"));
        assertEquals("stage 2 and stage 1", StageNumerals.arabic("stage ii and stage I"));
    }

    @Test
    void romanNumeralsElsewhereAreLeftAsWritten() {
        String text = "Gustilo type III open fracture, grade II, IV fluids";
        assertSame(text, StageNumerals.arabic(text));
        assertEquals("stage IVF", StageNumerals.arabic("stage IVF"));
    }

    @Test
    void aRomanStageSelectsTheStagedCode() {
        assertSuggested(code("Diagnosis: Sacral decubitus ulcer, stage IV."), "L89.154", 1);
        assertSuggested(code("Assessment: Stage IV necrotic sacral decubitus."), "L89.154", 1);
        assertSuggested(code("Assessment: Chronic kidney disease stage III."), "N18.30", 1);
    }

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }
}
