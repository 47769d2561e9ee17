package org.opencac.engine.convention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A lymph node metastasis told without its region (C77.9) beside the same nodal spread told with its region is
 * that spread: the region's code reports it (team-written sentences).
 */
class NodalMetastasisOfANamedRegionTest {

    @Test
    void theRegionCodeReportsNodesCountedWithoutTheirRegion() {
        var r = outpatientChecked("PATHOLOGY:\nMetastatic carcinoma in two left axillary lymph nodes.\n"
                + "FINAL DIAGNOSIS:\nMetastatic carcinoma in 2 of 14 lymph nodes.\n");
        assertSuggested(r, "C77.3", 5);
        assertNotSuggested(r, "C77.9");
    }

    @Test
    void nodesOfNoNamedRegionKeepTheUnspecifiedCode() {
        assertSuggested(outpatientChecked("FINAL DIAGNOSIS:\nMetastatic carcinoma in 1 of 8 lymph nodes.\n"),
                "C77.9", 5);
    }
}
