package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Infections that come in episodes (urinary tract infections, ear infections) called "chronic" in a history kept
 * coming back; each episode cleared, so "a history of chronic UTIs" is the personal history (Z87.440), not a
 * current infection, while a chronic condition (hypertension) said the same way stays current.
 */
class ChronicRecurringInfectionHistoryTest {

    @Test
    void aHistoryOfChronicUrinaryInfectionsIsPersonalHistory() {
        CodingResult r = outpatientChecked("Hospital course: she told us she has a history of chronic UTIs. A urine "
                + "culture was sent.");
        assertSuggested(r, "Z87.440", 5);
        assertNotSuggested(r, "N39.0");
    }

    @Test
    void aHistoryOfAChronicConditionStaysCurrent() {
        assertSuggested(outpatientChecked("Hospital course: she told us she has a history of chronic hypertension."),
                "I10", 5);
    }
}
