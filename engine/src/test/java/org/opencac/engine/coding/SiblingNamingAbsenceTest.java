package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A sibling's title words that name what the condition does not have ("without myelopathy or radiculopathy") are
 * no words the note must write for it: a spondylosis of a named region of no stated complication is the
 * "without" code of that region, not the residual "Other spondylosis" of the same region.
 */
class SiblingNamingAbsenceTest {

    @Test
    void aRegionNamedForAnUnspecifiedSpondylosisGivesTheWithoutComplicationCode() {
        CodingResult lumbar = outpatient("Assessment:\n1. Arthrosis of the lumbar spine, mild.");
        assertSuggested(lumbar, "M47.816", 3);
        assertNotSuggested(lumbar, "M47.896");
        CodingResult thoracic = outpatient("Assessment:\n1. Spondylosis of the thoracic spine.");
        assertSuggested(thoracic, "M47.814", 3);
        assertNotSuggested(thoracic, "M47.894");
    }

    @Test
    void aComplicationTheNoteNamesStillSelectsItsCode() {
        CodingResult withRadiculopathy = outpatient("Assessment:\n1. Lumbar spondylosis with radiculopathy.");
        assertSuggested(withRadiculopathy, "M47.26", 3);
        assertNotSuggested(withRadiculopathy, "M47.816");
    }
}
