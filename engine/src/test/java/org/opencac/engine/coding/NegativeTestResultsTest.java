package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Organisms listed before the test that found none ("HSV and CMV cultures were negative") are negated; the
 * condition a culture was sent for is not, and a positive result stays present (team-written sentences).
 */
class NegativeTestResultsTest {

    @Test
    void organismsListedBeforeNegativeCulturesAreNegated() {
        CodingResult r = inpatient("Fungal, HSV, CMV and AFB cultures were all negative.");
        assertNotSuggested(r, "B00.9");
        assertNotSuggested(r, "B25.9");
        assertNotSuggested(inpatient("The HSV and VZV PCR came back negative."), "B00.9");
    }

    @Test
    void aPositiveResultAndTheConditionTreatedStayPresent() {
        assertSuggested(inpatient("The HSV PCR came back positive."), "B00.9", 3);
        assertSuggested(inpatient("She was treated for pneumonia and blood cultures were negative."), "J18.9", 3);
    }
}
