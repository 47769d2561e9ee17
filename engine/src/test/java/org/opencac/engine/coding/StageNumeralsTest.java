package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertSuggested(outpatient("Diagnosis: Sacral decubitus ulcer, stage IV."), "L89.154", 1);
        assertSuggested(outpatient("Assessment: Stage IV necrotic sacral decubitus."), "L89.154", 1);
        assertSuggested(outpatient("Assessment: Chronic kidney disease stage III."), "N18.30", 1);
    }

    @Test
    void aRomanStageAfterHypertensionKeepsBothTheCombinationAndTheStage() {
        List<String> codes = inpatientCodes(
                "A man with hypertension and chronic kidney disease stage V came for chest pain.\n");
        assertTrue(codes.contains("I12.0"), codes.toString());
        assertTrue(codes.contains("N18.5"), codes.toString());
        List<String> renal = inpatientCodes(
                "She has hypertension and chronic renal failure stage IV, seen for a fall.\n");
        assertTrue(renal.contains("N18.4"), renal.toString());
    }
}
