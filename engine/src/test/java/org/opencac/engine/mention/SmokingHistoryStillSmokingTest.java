package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A "history of smoking" told with smoking that goes on ("still smokes", "continues to smoke") measures a
 * current habit: tobacco dependence (F17.2-), not the personal history of an ended one (Z87.891). Words that
 * say the habit ended keep the history code.
 */
class SmokingHistoryStillSmokingTest {

    @Test
    void aSmokingHistoryWithSmokingStillGoingOnIsCurrentDependence() {
        CodingResult r = outpatientChecked("Social history: he has a 25 pack-year history of smoking and still "
                + "smokes two packs per day.");
        assertSuggested(r, "F17.210", 3);
        assertNotSuggested(r, "Z87.891");
        assertEquals("other_code", mention(r, "history of smoking").reason());
    }

    @Test
    void continuingToSmokeAfterALongHistoryIsCurrent() {
        CodingResult r = outpatientChecked("Social history: she reports a long history of smoking and continues to "
                + "smoke cigarettes every day.");
        assertSuggested(r, "F17.210", 3);
        assertNotSuggested(r, "Z87.891");
    }

    @Test
    void aSmokingHistoryThatEndedStaysHistory() {
        assertSuggested(outpatientChecked("Social history: history of smoking, she quit about eight years ago."),
                "Z87.891", 3);
        assertSuggested(outpatientChecked("Social history: remote history of smoking, currently does not smoke."),
                "Z87.891", 3);
    }
}
