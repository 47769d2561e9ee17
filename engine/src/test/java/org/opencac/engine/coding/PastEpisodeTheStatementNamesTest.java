package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A condition the final diagnostic statement dates to a past episode ("history of previous ...", "remote",
 * "resolved", a year) is past wherever else the note tells it as current; "history of" alone and "status post"
 * in the statement leave it as the rest of the note tells it.
 */
class PastEpisodeTheStatementNamesTest {

    @Test
    void cancerTheStatementCallsPreviousIsItsHistoryCodeInTheIndication() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Bladder lesions with a history of previous bladder "
                + "carcinoma.,"
                + "INDICATION: He was treated for carcinoma of the bladder with a resection in 2010 and now has new"
                + " red patches.,PROCEDURE: Cystoscopy with biopsies.");
        NoteAssert.assertSuggested(r, "Z85.51", 5);
        NoteAssert.assertNotSuggested(r, "C67.9");
    }

    @Test
    void cancerTheStatementNamesAfterStatusPostStaysCurrent() {
        CodingResult r = outpatientChecked("ASSESSMENT: Status post craniotomy for glioblastoma.,HISTORY: She is now "
                + "receiving"
                + " radiation for her glioblastoma.");
        NoteAssert.assertSuggested(r, "C71.9", 5);
    }

    @Test
    void vitaminB12DeficiencyListedInThePastHistoryStaysCoded() {
        CodingResult r = outpatientChecked("PAST MEDICAL HISTORY: Vitamin B12 deficiency.,ASSESSMENT: Acute "
                + "bronchitis.");
        NoteAssert.assertSuggested(r, "E53.8", 5);
    }
}
