package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A chlamydia or gonorrhea test sent, pending or negative names a test, not the infection; a positive result or a
 * stated diagnosis is the infection (trigger_senses.tsv). Sentences are our own.
 */
class SexuallyTransmittedInfectionTestSenseTest {

    @Test
    void aChlamydiaTestSentIsNoChlamydialInfection() {
        assertNotSuggested(outpatientChecked("ASSESSMENT:\nCervicitis. Gonorrhea and chlamydia probes were sent today.\n"),
                "A74.9");
        assertNotSuggested(outpatientChecked("PLAN:\nChlamydia culture pending; she will call for the result.\n"),
                "A74.9");
    }

    @Test
    void aGonorrheaScreenThatIsNegativeIsNoGonococcalInfection() {
        assertNotSuggested(outpatientChecked("RESULTS:\nThe gonorrhea screen came back negative last week.\n"),
                "A54.9");
    }

    @Test
    void aChlamydialInfectionDiagnosedOrPositiveIsStillCoded() {
        assertSuggested(outpatientChecked("ASSESSMENT:\nChlamydia, treated with azithromycin in the office.\n"),
                "A74.9", 5);
        assertSuggested(outpatientChecked("ASSESSMENT:\nChlamydia culture positive; partner to be treated as well.\n"),
                "A74.9", 5);
    }

    @Test
    void aChlamydiaTestThatFoundTheOrganismIsTheInfection() {
        assertSuggested(outpatientChecked("ASSESSMENT:\nUrethritis. Chlamydia was detected by PCR on the urine sample.\n"),
                "A74.9", 5);
        assertSuggested(outpatientChecked("RESULTS:\nThe culture grew gonorrhea; she was treated with ceftriaxone.\n"),
                "A54.9", 5);
    }
}
