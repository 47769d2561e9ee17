package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A structure a mass is said to invade or extend into is where it spread, not its site: no Index subterm is read
 * from the words after "invading" (team-written sentences).
 */
class InvadedStructureIsNoSubtermTest {

    @Test
    void aStructureTheMassInvadesIsNoSiteOfTheMass() {
        var r = outpatientChecked("ASSESSMENT:\n1. Lung mass invading the liver.\n");
        assertSuggested(r, "R91.8", 3);
        assertNotSuggested(r, "R16.0");
    }

    @Test
    void aMassOfThatStructureIsStillCodedToIt() {
        assertSuggested(outpatientChecked("ASSESSMENT:\n1. Liver mass.\n"), "R16.0", 3);
    }
}
