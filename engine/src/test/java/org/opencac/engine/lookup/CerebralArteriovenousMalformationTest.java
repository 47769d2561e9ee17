package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * An arteriovenous malformation named by the brain or one of its lobes is one of the cerebral vessels (Q28.2);
 * only one of no stated site keeps the peripheral default (Q27.30).
 */
class CerebralArteriovenousMalformationTest {

    @Test
    void aMalformationNamedByALobeOfTheBrainIsCerebral() {
        CodingResult r = outpatientChecked("DIAGNOSIS: Left parietal arteriovenous malformation, unruptured.\n");
        assertSuggested(r, "Q28.2", 1);
        assertNotSuggested(r, "Q27.30");
        assertSuggested(outpatientChecked("IMPRESSION: A small brain AVM found on the scan.\n"), "Q28.2", 1);
    }

    @Test
    void aMalformationOfNoStatedSiteKeepsTheDefault() {
        assertSuggested(outpatientChecked("DIAGNOSIS: Arteriovenous malformation, to be watched.\n"), "Q27.30", 1);
    }
}
