package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * The eye named as the one not operated on gives no side and does not stand against the side the note writes for
 * the operated eye (team-written sentences).
 */
class UnoperatedSideIsNoSideOfTheConditionTest {

    @Test
    void theUnoperatedEyeLeavesTheOperatedEyesSide() {
        assertSuggested(outpatientChecked("PREOPERATIVE DIAGNOSIS: Aphakia.\n"
                + "PROCEDURE: Secondary lens implant in the left eye.\n"
                + "The left eye was prepped. A shield was taped over the unoperated right eye.\n"), "H27.02", 3);
    }
}
