package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Pauciarticular (oligoarticular) arthritis is the juvenile arthritis of few joints (Index: Arthritis,
 * pauciarticular, M08.4-), a lifelong condition, so "a history of" it is the condition still treated; and a device
 * an option would bring ("would need a catheter") is weighed, not present, so no status code is taken from it.
 */
class JuvenileArthritisAndWeighedDeviceTest {

    @Test
    void pauciarticularArthritisIsTheJuvenileArthritisOfFewJoints() {
        CodingResult r = outpatientChecked("Assessment: pauciarticular arthritis. Plan: continue naproxen.");
        assertSuggested(r, "M08.40", 5);
        assertNotSuggested(r, "M19.90");
    }

    @Test
    void aHistoryOfJuvenileArthritisIsTheCurrentCondition() {
        assertSuggested(outpatientChecked("Assessment: a 9-year-old boy with a history of oligoarticular arthritis, "
                + "seen today for an injection."), "M08.40", 5);
    }

    @Test
    void aDeviceAnOptionWouldNeedIsNotPresent() {
        CodingResult r = outpatientChecked("Assessment: bladder cancer. Plan: after the cystectomy he would need a "
                + "urostomy bag for life.");
        assertNotSuggested(r, "Z93.6");
        assertSuggested(outpatientChecked("Assessment: bladder cancer. He has a urostomy since last year."), "Z93.6", 5);
    }
}
