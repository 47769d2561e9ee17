package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The Index files "engorgement" under a retinal vein's occlusion (H34.82-): veins engorged in a foot or the airway are
 * not the retina's (trigger_senses.tsv, an eye word needed). Sentences are our own.
 */
class RetinalVeinEngorgementNeedsTheEyeTest {

    @Test
    void venousEngorgementOutsideTheEyeIsNoRetinalCode() {
        CodingResult foot = outpatientChecked("IMPRESSION: Venous engorgement of the veins along the sole of the foot.");
        assertNotSuggested(foot, "H34.829");
        assertNotSuggested(foot, "H34.821");
        assertEquals("other_code", mention(foot, "Venous engorgement").reason());
        assertNotSuggested(outpatientChecked("DIAGNOSES: Bronchitis with mild venous engorgement of the airway mucosa."),
                "H34.829");
    }
}
