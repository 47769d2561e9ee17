package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A massive or submassive pulmonary embolism is a risk grade: the Index gives Embolism, pulmonary I26.99, and
 * I26.09 only where acute cor pulmonale is stated; right heart strain of the embolism is its acute cor pulmonale.
 */
class PulmonaryEmbolismGradeTest {

    @Test
    void aSubmassivePulmonaryEmbolismIsCodedWithoutCorPulmonale() {
        CodingResult r = inpatient("DIAGNOSIS: Acute submassive pulmonary embolism treated with heparin.");
        assertSuggested(r, "I26.99", 5);
        assertNotSuggested(r, "I26.09");
    }

    @Test
    void corPulmonaleStatedWithTheEmbolismIsCoded() {
        CodingResult r = inpatient("DIAGNOSIS: Pulmonary embolism with acute cor pulmonale.");
        assertSuggested(r, "I26.09", 5);
    }

    @Test
    void rightHeartStrainOfTheEmbolismIsAcuteCorPulmonale() {
        CodingResult r = inpatient("DIAGNOSIS: Pulmonary embolism with right heart strain, started on heparin.");
        assertSuggested(r, "I26.09", 5);
        assertNotSuggested(r, "I26.99");
        assertNotSuggested(r, "I51.9");
    }
}
