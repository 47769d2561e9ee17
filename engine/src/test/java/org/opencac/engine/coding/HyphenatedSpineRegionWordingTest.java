package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Spine and pelvis words a note writes with a hyphen where the Index prints them closed (clinical_synonyms.tsv):
 * "sacro-iliitis" is sacroiliitis (M46.1), and a segmental dysfunction of the "lumbo-sacral" or "thoraco-lumbar"
 * spine is coded by the region the Index gives those words (Dysfunction, somatic, lumbosacral M99.03;
 * thoracolumbar M99.02), not as a dysfunction of no region (M99.09). Sentences are our own.
 */
class HyphenatedSpineRegionWordingTest {

    @Test
    void sacroIliitisWrittenWithAHyphenIsSacroiliitis() {
        assertSuggested(outpatientChecked("Diagnosis: sacro-iliitis on the left, worse after sitting."), "M46.1", 3);
    }

    @Test
    void aSegmentalDysfunctionOfAHyphenatedRegionIsCodedByThatRegion() {
        CodingResult r = outpatientChecked("Assessment: thoraco-lumbar segmental dysfunction treated with manipulation.");
        assertSuggested(r, "M99.02", 3);
        assertNotSuggested(r, "M99.09");
        CodingResult low = outpatientChecked("Assessment: lumbo-sacral segmental dysfunction, improved today.");
        assertSuggested(low, "M99.03", 3);
        assertNotSuggested(low, "M99.09");
    }
}
