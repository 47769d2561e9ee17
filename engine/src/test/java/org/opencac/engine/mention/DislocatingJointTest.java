package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A joint written as "dislocating" again and again is the Index's Dislocation, recurrent (M24.4-), by the word form
 * of word_forms.tsv (team-written sentences).
 */
class DislocatingJointTest {

    @Test
    void aRecurrentDislocatingShoulderIsARecurrentDislocationOfThatShoulder() {
        assertSuggested(outpatient("Preoperative diagnosis: recurrent anterior dislocating right shoulder."), "M24.411", 1);
        assertSuggested(outpatient("Diagnosis: recurrent dislocating left shoulder in a swimmer."), "M24.412", 1);
    }
}
