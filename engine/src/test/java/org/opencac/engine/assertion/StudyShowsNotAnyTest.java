package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A study that did not show, demonstrate or reveal any of what it was read for denies every item after 'any',
 * however many words the items take; a finding told in a clause of its own after the denial, or given as the
 * impression after it, keeps its reading
 * (team-written sentences).
 */
class StudyShowsNotAnyTest {

    @Test
    void aLateItemOfWhatTheScanDidNotShowIsDenied() {
        assertTrue(assessCoded("The scan did not show any evidence of any free intraperitoneal fluid or small bowel"
                + " obstruction.", "small bowel obstruction", "K56.609").negated());
    }

    @Test
    void aLateItemOfWhatTheFilmDoesNotDemonstrateIsDenied() {
        assertTrue(assessCoded("Her chest film does not demonstrate any sign of a large pleural effusion or lobar"
                + " pneumonia.", "lobar pneumonia", "J18.1").negated());
    }

    @Test
    void aFindingToldInItsOwnClauseAfterTheDenialStaysPresent() {
        assertFalse(assessCoded("The venous study did not show any clot; the leg cellulitis is being treated.",
                "cellulitis", "L03.90").negated());
    }

    @Test
    void theImpressionGivenAfterTheDenialIsNotDenied() {
        assertFalse(assessCoded("The head scan did not show any acute bleeding with the impression of an "
                + "evolving ischemic stroke.", "ischemic stroke", "I63.9").negated());
    }
}
