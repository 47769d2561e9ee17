package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * End-stage renal disease told with the kidney transplant that followed it, or with dialysis that lasted until a
 * past time, is the disease the transplant replaced: the working transplant is its status (Z94.0), not N18.6
 * (Guidelines I.C.14.a.2; trigger_senses.tsv). A transplant still awaited or failed keeps the disease. Sentences
 * are our own.
 */
class EndStageRenalDiseaseBeforeKidneyTransplantTest {

    @Test
    void endStageRenalDiseaseFollowedByATransplantIsNotCodedAsCurrent() {
        CodingResult r = outpatientChecked("PAST MEDICAL HISTORY:\nGout.\nEnd-stage renal disease from polycystic"
                + " kidneys, treated with hemodialysis and later a renal transplant, maintained on tacrolimus.\n");
        assertNotSuggested(r, "N18.6");
    }

    @Test
    void endStageRenalDiseaseWithDialysisUntilAPastYearIsNotCodedAsCurrent() {
        CodingResult r = outpatientChecked("PAST MEDICAL HISTORY:\nGout.\nEnd-stage renal disease on peritoneal"
                + " dialysis until 2012.\nKidney transplant in 2012.\n");
        assertNotSuggested(r, "N18.6");
        assertSuggested(r, "Z94.0", 10);
    }

    @Test
    void theNephropathyBehindItIsNotCodedEither() {
        CodingResult r = outpatientChecked("HISTORY:\nEnd-stage renal disease caused by nephropathy, on hemodialysis"
                + " until a renal transplant in 2015.\n");
        assertNotSuggested(r, "N28.9");
        assertNotSuggested(r, "N18.6");
    }

    @Test
    void endStageRenalDiseaseAwaitingATransplantIsCurrent() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nEnd-stage renal disease on hemodialysis three times a week,"
                + " awaiting a renal transplant.\n");
        assertSuggested(r, "N18.6", 10);
    }

    @Test
    void endStageRenalDiseaseAfterAFailedTransplantIsCurrent() {
        CodingResult r = outpatientChecked("ASSESSMENT:\nEnd-stage renal disease after a failed renal transplant,"
                + " back on hemodialysis.\n");
        assertSuggested(r, "N18.6", 10);
    }
}
