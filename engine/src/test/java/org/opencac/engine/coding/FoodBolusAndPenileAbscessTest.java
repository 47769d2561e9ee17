package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A food impaction is a food bolus lodged in the esophagus (Index: Foreign body, esophagus, food), an injury
 * code of its initial encounter; an abscess of the penis has its own code beside the scrotum's.
 */
class FoodBolusAndPenileAbscessTest {
    @Test
    void aFoodImpactionIsFoodInTheEsophagus() {
        assertSuggested(outpatient("Indication: a food bolus impaction after eating steak, unable to swallow saliva."),
                "T18.128A", 3);
    }

    @Test
    void aPenileAbscessIsAnAbscessOfThePenis() {
        assertSuggested(outpatient("Assessment: penile abscess, incision and drainage planned today."), "N48.21", 3);
    }

    @Test
    void aPenoscrotalAbscessIsReadAtThePenis() {
        assertSuggested(outpatient("Diagnosis: penoscrotal abscess, drained in the office today."), "N48.21", 3);
    }
}
