package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A word of a condition's own name, read by the Index path that codes the condition, is no second condition:
 * the dictionary's reading of that word alone is dropped. Words after a link ("with", "due to") still name a
 * condition of their own (team-written sentences).
 */
class ConditionNameWordTest {

    @Test
    void aWordOfTheNameIsNoConditionOfItsOwn() {
        CodingResult keratosis = outpatient("Assessment: Seborrheic keratotic lesion of the left temple.");
        assertSuggested(keratosis, "L82.1", 3);
        assertNotSuggested(keratosis, "L21.9");
        assertNotSuggested(keratosis, "L57.0");
        CodingResult anemia = outpatient("Diagnosis: Blood loss anemia after the fall.");
        assertSuggested(anemia, "D50.0", 3);
        assertNotSuggested(anemia, "D64.9");
        CodingResult syndrome = outpatient("Diagnosis: Basal cell nevus syndrome, followed by dermatology.");
        assertSuggested(syndrome, "Q87.89", 3);
        assertNotSuggested(syndrome, "D22.9");
    }

    @Test
    void aMainTermWithTheEndingOfAConditionIsCodedAlone() {
        // Index: Trismus R25.2 (the ending "-ismus" names a condition, as Strabismus and Vaginismus)
        assertSuggested(outpatient("Assessment: Trismus after the dental extraction."), "R25.2", 3);
        assertNotSuggested(outpatient("Examination: no trismus and the jaw opens fully."), "R25.2");
    }

    @Test
    void aConditionLinkedByWithIsStillCoded() {
        assertSuggested(outpatient("Assessment: Hypertension with end-stage renal disease on dialysis."), "N18.6", 5);
        // the sepsis path reads the organism of the pneumonia across "with": the pneumonia stays coded
        assertSuggested(outpatient("Diagnoses: 1. Streptococcal pneumonia with sepsis."), "J15.4", 5);
    }

    @Test
    void theAgentOfAnInfectionStaysCodedBesideIt() {
        assertSuggested(outpatient("Assessment: Pseudomonas urinary tract infection, on ciprofloxacin."), "B96.5", 5);
    }
}
