package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A code whose Excludes1 note sends a form of its condition elsewhere ("aspiration pneumonia" at the
 * pneumonia of unspecified organism) does not report that form: where the diagnostic statement names the pneumonia
 * and, in the same item, the words that make it that form, the form's own code reports it (I.A.12.a).
 */
class ExcludedFormOfKeptConditionTest {
    @Test
    void aPneumoniaStatedAsFromAspirationIsAnAspirationPneumonitis() {
        var r = outpatient("Impression: 1. Pneumonia of both lower lobes with pneumonitis secondary to aspiration."
                + " Physical exam: crackles at both bases, consistent with pneumonia.");
        assertSuggested(r, "J69.0", 1);
        assertNotSuggested(r, "J18.9");
    }

    @Test
    void aPneumoniaWithAnAspirationInAnotherItemStaysAPneumonia() {
        var r = outpatient("Impression: 1. Right lower lobe pneumonia. 2. Pneumonitis secondary to aspiration,"
                + " suspected last month, resolved.");
        assertSuggested(r, "J18.9", 3);
    }
}
