package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A condition written after "secondary to" is the cause of another, not a condition of the secondary kind: a
 * heart disease secondary to long-standing hypertension names no secondary hypertension (I15.-, a hypertension
 * due to another condition), and the hypertension, told with its duration, is the patient's own even where the
 * link is doubted.
 */
class ConditionWrittenAsACauseTest {
    @Test
    void aHypertensionWrittenAsTheCauseIsNoSecondaryHypertension() {
        var r = outpatient("Assessment: Her kidney disease is chronic and most likely secondary to long term"
                + " hypertension.");
        assertNotSuggested(r, "I15.9");
        assertSuggested(r, "I12.9", 3);
    }

    @Test
    void aCauseLinkWrittenInCapitalsIsStillALink() {
        // the link's first word is told by a gate on its length and first letter before the pair is looked up
        var r = outpatient("Assessment: Her kidney disease is chronic and most likely SECONDARY TO long term"
                + " hypertension.");
        assertNotSuggested(r, "I15.9");
        assertSuggested(r, "I12.9", 3);
    }

    @Test
    void aHypertensionDueToAnotherConditionIsStillSecondary() {
        assertSuggested(outpatient("Assessment: Hypertension secondary to a pheochromocytoma, now on treatment."),
                "I15.2", 5);
    }
}
