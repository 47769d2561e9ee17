package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A finding listed only in the review of systems or the exam is coded when the same condition is assessed
 * elsewhere: the same 4-character subcategory, not merely the same category, whose codes can be different
 * conditions (team-written notes).
 */
class ReviewOfSystemsSubcategoryTest {

    @Test
    void aListedSymptomIsNotDocumentedByAnotherConditionOfItsCategory() {
        CodingResult r = outpatient("REVIEW OF SYSTEMS: He has excessive daytime sleepiness. No chest pain.\n"
                + "IMPRESSION:\n1. Obstructive sleep apnea.\n2. Essential hypertension.\n");
        assertSuggested(r, "G47.33", 5);
        assertNotSuggested(r, "G47.10");
    }
}
