package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * The words after "status post" tell of a past operation: a condition named before it takes no Index subterm
 * from them (team-written sentences).
 */
class PastOperationAfterConditionTest {

    @Test
    void theSiteOfAPastOperationIsNoSubtermOfTheConditionBeforeIt() {
        var r = outpatientChecked("ASSESSMENT:\n1. Trouble swallowing status post cervical spine surgery.\n");
        assertSuggested(r, "R13.10", 3);
        assertNotSuggested(r, "R13.19");
    }

    @Test
    void aSubtermWrittenBeforeThePastOperationIsStillRead() {
        assertSuggested(outpatientChecked("ASSESSMENT:\n1. Neurogenic dysphagia status post spine surgery.\n"),
                "R13.19", 3);
    }
}
