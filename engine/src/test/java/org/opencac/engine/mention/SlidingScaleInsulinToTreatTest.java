package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * Insulin given for a while to bring a high sugar under control is no long-term insulin use (Guidelines
 * I.C.4.a.3): a sliding scale the plan will treat or cover with is not Z79.4; a home sliding scale still is.
 */
class SlidingScaleInsulinToTreatTest {
    @Test
    void aSlidingScaleThePlanWillTreatWithIsNoLongTermInsulinUse() {
        CodingResult r = inpatientChecked("ASSESSMENT AND PLAN: Elevated blood sugar. I will treat him with sliding scale insulin.");
        assertFalse(NoteAssert.codes(r).contains("Z79.4"), NoteAssert.codes(r).toString());
        CodingResult cover = inpatientChecked("ASSESSMENT AND PLAN: Elevated blood sugar. Sliding scale insulin coverage with meals.");
        assertFalse(NoteAssert.codes(cover).contains("Z79.4"), NoteAssert.codes(cover).toString());
    }

    @Test
    void aHomeSlidingScaleIsStillLongTermInsulinUse() {
        CodingResult r = inpatientChecked("MEDICATIONS: Metformin and sliding scale insulin at home.");
        assertTrue(NoteAssert.codes(r).contains("Z79.4"), NoteAssert.codes(r).toString());
    }
}
