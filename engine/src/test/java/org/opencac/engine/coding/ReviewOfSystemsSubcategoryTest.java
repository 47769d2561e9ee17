package org.opencac.engine.coding;

import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;

/**
 * A finding listed only in the review of systems or the exam is coded when the same condition is assessed
 * elsewhere: the same 4-character subcategory, not merely the same category, whose codes can be different
 * conditions (team-written notes).
 */
class ReviewOfSystemsSubcategoryTest {

    private static CodingResult code(String text) {
        return TestModels.pipeline().code(new Note(text, CareSetting.OUTPATIENT));
    }

    @Test
    void aListedSymptomIsNotDocumentedByAnotherConditionOfItsCategory() {
        CodingResult r = code("REVIEW OF SYSTEMS: He has excessive daytime sleepiness. No chest pain.\n"
                + "IMPRESSION:\n1. Obstructive sleep apnea.\n2. Essential hypertension.\n");
        assertSuggested(r, "G47.33", 5);
        assertNotSuggested(r, "G47.10");
    }
}
