package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Remote symptomatic" names the class of an epilepsy caused by an earlier brain insult: the epilepsy is current,
 * only its cause is remote, so the history cue "remote" does not reach it (team-written).
 */
class RemoteSymptomaticEpilepsyTest {

    @Test
    void remoteSymptomaticEpilepsyIsCurrent() {
        assertFalse(assess("ASSESSMENT:\nRemote symptomatic epilepsy, intractable to three drugs.\n", "epilepsy")
                .historical());
    }

    @Test
    void aRemoteHistoryOfEpilepsyStaysHistorical() {
        assertTrue(assess("She has a remote history of epilepsy and takes no medication.", "epilepsy")
                .historical());
    }
}
