package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A body part rejects a condition's unstated-site code only from the condition's own clause or from a list item
 * naming no condition of its own: the colon of "colon polyps" is the polyps' site, not the arthrosis'.
 */
class SiteOfAnotherListItemTest {

    @Test
    void aBodyPartOfTheNextListItemLeavesTheUnstatedSiteCoded() {
        CodingResult r = outpatient("Past medical history: Arthrosis, colon polyps, and gout.");
        assertSuggested(r, "M19.90", 5);
        assertTrue(r.queries().stream().noneMatch(q -> q.code().equals("M19.90")), r.queries().toString());
    }

    @Test
    void aSiteItemAfterTheConditionIsStillItsSite() {
        CodingResult r = outpatient("Past medical history: Arthrosis, knee.");
        assertNotSuggested(r, "M19.90");
    }
}
