package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * Bereavement (Z63.4, "Disappearance and death of family member") is coded from grief only when the sentence names
 * the death or loss it follows; grieving over a diagnosis or a prognosis is no bereavement (sentences are our own).
 */
class BereavementNeedsADeathTest {

    @Test
    void griefOverANewDiagnosisIsNoBereavement() {
        assertNotSuggested(outpatientChecked("Assessment: the parents heard the results today; they are shaken and "
                + "grieving, and asked good questions about the next steps."), "Z63.4");
    }

    @Test
    void griefAfterADeathIsBereavement() {
        assertSuggested(outpatientChecked("Assessment: she is grieving since her husband died in March and sleeps "
                + "poorly."), "Z63.4", 5);
    }
}
