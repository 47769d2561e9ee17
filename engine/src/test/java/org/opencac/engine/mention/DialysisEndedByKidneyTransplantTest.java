package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Dialysis told with the kidney transplant that ended it is no current dependence on dialysis (Z99.2), and a
 * transplant titled by its donor ("cadaveric") but told as done before is the kidney transplant status (Z94.0)
 * (trigger_senses.tsv). Sentences are our own.
 */
class DialysisEndedByKidneyTransplantTest {

    @Test
    void dialysisFollowedByATransplantIsNoCurrentDialysisDependence() {
        CodingResult r = outpatientChecked("HISTORY:\nEnd-stage kidney disease from polycystic disease, requiring hemodialysis"
                + " and later a renal transplant, maintained on tacrolimus.\n");
        assertNotSuggested(r, "Z99.2");
    }

    @Test
    void dialysisWhileAwaitingATransplantIsStillDialysisDependence() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nHe remains on hemodialysis three times a week while"
                + " awaiting a renal transplant.\n");
        assertSuggested(r, "Z99.2", 10);
    }

    @Test
    void aCadavericTransplantToldAsDoneBeforeIsTheTransplantStatus() {
        CodingResult r = outpatientChecked("PAST MEDICAL HISTORY:\nHypertension.\nStatus post cadaveric renal transplant"
                + " in 2004.\n");
        assertSuggested(r, "Z94.0", 10);
    }

    @Test
    void aCadavericTransplantNamedAsTheOperationIsNoStatus() {
        CodingResult r = outpatientChecked("HISTORY:\nThe patient comes in today for a cadaveric renal transplant.\n");
        assertNotSuggested(r, "Z94.0");
    }
}
