package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * An acute symptom told with an episode dated months or years back ("a fever after her surgery four months ago") was
 * that episode's and is history; one told as lasting since then ("a cough since her surgery") is current.
 */
class SymptomOfAnEpisodeDatedMonthsBackTest {

    @Test
    void aFeverAfterAnOperationMonthsAgoIsHistory() {
        assertTrue(assessCoded("She ran a fever after her surgery four months ago but is well now.", "fever", "R50.9")
                .historical());
    }

    @Test
    void aSymptomSinceTheDatedOperationStaysCurrent() {
        assertFalse(assessCoded("She has had a cough since her surgery three months ago.", "cough", "R05.9")
                .historical());
    }
}
