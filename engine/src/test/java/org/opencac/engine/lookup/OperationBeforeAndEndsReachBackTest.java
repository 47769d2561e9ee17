package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An "and" right after an operation's name starts another item: the artery the operation was on is no site of a
 * condition named after the "and" ("coronary artery bypass surgery and aortic stenosis" has no coronary
 * stenosis) (team-written).
 */
class OperationBeforeAndEndsReachBackTest {

    @Test
    void theOperatedArteryIsNoSiteOfTheNextItemsStenosis() {
        CodingResult r = outpatient("REASON FOR EXAM:\nCoronary artery bypass surgery and aortic stenosis.\n");
        assertSuggested(r, "I35.0", 3);
        assertNotSuggested(r, "I25.10");
    }

    @Test
    void aCoronaryStenosisStatedAsSuchIsStillCoronary() {
        assertSuggested(outpatient("ASSESSMENT:\n1. Coronary artery stenosis, to be treated medically.\n"), "I25.10", 3);
    }
}
