package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** What an earlier report suggested a lesion was is uncertain; what pathology confirmed is not. */
class SuggestedThatThisWasTest {
    @Test
    void whatAReportSuggestedThisWasIsUncertain() {
        assertTrue(assess("The biopsy report suggested that this was a schwannoma.", "schwannoma").uncertain());
        assertFalse(assess("Pathology confirmed that this was a schwannoma.", "schwannoma").uncertain());
    }
}
