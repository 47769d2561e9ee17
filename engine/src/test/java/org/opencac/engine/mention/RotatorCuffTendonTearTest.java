package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A torn tendon of a rotator cuff muscle (supraspinatus, infraspinatus, subscapularis, teres minor) is a rotator
 * cuff tear (Index: Tear, supraspinatus, see Tear, rotator cuff), nontraumatic unless stated, of the side the
 * clause gives; not an open wound nor an unspecified muscle of the shoulder. Sentences are our own.
 */
class RotatorCuffTendonTearTest {

    @Test
    void aTornSupraspinatusIsARotatorCuffTearOfItsSide() {
        CodingResult r = outpatientChecked("IMPRESSION:\n1. Torn supraspinatus tendon of the left shoulder seen on the MRI.\n");
        assertSuggested(r, "M75.102", 2);
        assertNotSuggested(r, "S41.012A");
    }

    @Test
    void fullAndPartialThicknessAreCompleteAndIncomplete() {
        CodingResult full = outpatientChecked("IMPRESSION: Full-thickness tear of the infraspinatus tendon, right shoulder.\n");
        assertSuggested(full, "M75.121", 2);
        assertNotSuggested(full, "S46.901A");
        CodingResult partial = outpatientChecked("IMPRESSION: Partial-thickness subscapularis tendon tear, left shoulder.\n");
        assertSuggested(partial, "M75.112", 2);
    }
}
