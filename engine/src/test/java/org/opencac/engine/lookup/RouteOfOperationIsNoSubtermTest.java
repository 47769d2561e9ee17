package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * The site after "via" is the route an operation took, not the site of the condition it treated: no Index subterm
 * is read from the words after it (team-written sentences).
 */
class RouteOfOperationIsNoSubtermTest {

    @Test
    void theApproachOfAnEvacuationIsNoSiteOfTheHematoma() {
        var r = outpatientChecked("ASSESSMENT:\n1. Hematoma evacuated via a left flank approach.\n");
        assertNotSuggested(r, "S30.11XA");
        assertNotSuggested(r, "S30.13XA");
    }

    @Test
    void aHematomaOfThatSiteIsStillCodedToIt() {
        assertSuggested(outpatientChecked("ASSESSMENT:\n1. Hematoma of the abdominal wall.\n"), "S30.11XA", 3);
    }
}
