package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An obstruction of the ureteropelvic junction is acquired unless the note tells it congenital (Index: Obstruction,
 * ureteropelvic junction N13.5; subterm congenital Q62.11): the Tabular's inclusion term at Q62.39, in the chapter of
 * congenital malformations, is no default for an obstruction told with no congenital origin.
 */
class UreteropelvicJunctionObstructionTest {
    @Test
    void anObstructionOfTheJunctionToldWithNoOriginIsAcquired() {
        CodingResult r = outpatient("Diagnosis: Left ureteropelvic junction obstruction.");
        assertSuggested(r, "N13.5", 3);
        assertNotSuggested(r, "Q62.39");
    }

    @Test
    void theAbbreviatedJunctionObstructionIsAcquiredToo() {
        CodingResult r = outpatient("Assessment: Right UPJ obstruction, stent exchange planned.");
        assertSuggested(r, "N13.5", 3);
        assertNotSuggested(r, "Q62.39");
    }

    @Test
    void anObstructionOfTheJunctionToldCongenitalIsACongenitalOcclusion() {
        CodingResult r = outpatient("Diagnosis: Congenital ureteropelvic junction obstruction of the left kidney.");
        assertSuggested(r, "Q62.11", 3);
        assertNotSuggested(r, "N13.5");
    }
}
