package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A lexicon phrase naming a personal-history code of a cancer ("history of breast cancer", Z85.3) is read with the
 * treatment cues of a history-told cancer (Guidelines I.C.2.d): still treated, it is the current cancer; spread to
 * other sites, it is the excised primary's history beside the secondary sites. Team-written sentences.
 */
class HistoryPhraseOfSpreadCancerTest {

    @Test
    void historyPhraseOfACancerNowSpreadStaysTheHistoryOfItsPrimary() {
        CodingResult r = outpatient("Assessment: history of breast cancer, which has now spread to the spine.");
        assertSuggested(r, "Z85.3", 5);
        assertNotSuggested(r, "C50.919");
    }

    @Test
    void historyPhraseOfACancerStillOnChemotherapyKeepsItsSide() {
        CodingResult r = outpatient("Assessment: history of right breast cancer, presently on chemotherapy.");
        assertSuggested(r, "C50.911", 3);
        assertNotSuggested(r, "Z85.3");
    }

    @Test
    void historyPhraseOfACancerTreatedAndOverStaysHistory() {
        assertSuggested(outpatient("Assessment: history of breast cancer, treated with surgery, now free of disease."),
                "Z85.3", 5);
    }

    @Test
    void historyPhraseOfACancerNowWithoutTreatmentStaysHistoryBesideAnotherConditionsTreatment() {
        CodingResult r = outpatient("Assessment: history of colon cancer treated with surgery, now well without any "
                + "treatment, and gastritis in treatment with omeprazole.");
        assertSuggested(r, "Z85.038", 5);
        assertNotSuggested(r, "C18.9");
    }
}
