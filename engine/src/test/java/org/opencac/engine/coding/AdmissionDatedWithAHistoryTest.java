package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * "Admitted with a history of X" tells the complaint the patient comes with now; the date or day of that
 * admission written between the verb and its "with" does not make X a past condition, while a year alone
 * ("admitted in 2004 with") dates an earlier stay.
 */
class AdmissionDatedWithAHistoryTest {

    @Test
    void aDateInSlashesAfterTheVerbLeavesTheComplaintCurrent() {
        CodingResult r = outpatientChecked("HISTORY OF PRESENT ILLNESS: This toddler was admitted on 04/02/2015 with a "
                + "history of rectal bleeding. He had been well until then.");
        NoteAssert.assertSuggested(r, "K62.5", 5);
        NoteAssert.assertNotSuggested(r, "Z87.19");
    }

    @Test
    void aWeekdayOrATimeWordAfterTheVerbLeavesTheComplaintCurrent() {
        NoteAssert.assertSuggested(outpatientChecked("HISTORY OF PRESENT ILLNESS: She came on Tuesday with history of "
                + "rectal bleeding."), "K62.5", 5);
        NoteAssert.assertSuggested(outpatientChecked("HISTORY OF PRESENT ILLNESS: He was admitted yesterday with a "
                + "history of rectal bleeding."), "K62.5", 5);
    }

    @Test
    void aYearAloneStillDatesAnEarlierStay() {
        CodingResult r = outpatientChecked("HISTORY OF PRESENT ILLNESS: He was admitted in 2004 with a history of "
                + "rectal bleeding. Today he has a cough.");
        NoteAssert.assertNotSuggested(r, "K62.5");
    }
}
