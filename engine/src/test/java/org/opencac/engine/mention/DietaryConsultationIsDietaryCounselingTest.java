package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A dietitian's consultation ("dietary consultation", "diet consultation") is dietary counseling (Index:
 * Counseling, dietary Z71.3): the visit's reason beside the condition the diet is for (clinical_synonyms.tsv).
 * Sentences are our own.
 */
class DietaryConsultationIsDietaryCounselingTest {

    @Test
    void aDietaryConsultationIsCodedAsDietaryCounseling() {
        assertSuggested(outpatientChecked("SUBJECTIVE: She comes for a dietary consultation for her high cholesterol. "
                + "We reviewed her food diary."), "Z71.3", 5);
        assertSuggested(outpatientChecked("SUBJECTIVE: Follow-up diet consultation for type 2 diabetes."), "Z71.3", 5);
    }
}
