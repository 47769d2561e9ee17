package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A malignancy told as history whose section goes on to tell the treatment this encounter gives ("she presented
 * for her third cycle of chemotherapy") is a neoplasm under current treatment, coded as current (Guidelines
 * I.C.2.d, I.C.2.m); a sentence saying the disease is over before it keeps the history code. Team-written sentences.
 */
class HistoryCancerTreatedLaterInSectionTest {

    @Test
    void aCancerToldAsHistoryIsCurrentWhenALaterSentenceTellsTheCourseGivenNow() {
        CodingResult r = outpatient("HISTORY:\nShe has a history of a glioblastoma of the brain, resected in"
                + " March. Radiation followed over six weeks. Yesterday she presented for her third cycle of temozolomide"
                + " and reported new headaches.\n");
        assertSuggested(r, "C71.9", 5);
        assertNotSuggested(r, "Z85.841");
    }

    @Test
    void aCancerToldAsHistoryStaysHistoryWhenTheSectionSaysItIsOverFirst() {
        CodingResult r = outpatient("HISTORY:\nShe has a history of a left parietal glioblastoma, resected in March."
                + " She is now free of disease. Yesterday she presented for her third cycle of physical therapy"
                + " sessions.\n");
        assertSuggested(r, "Z85.841", 5);
        assertNotSuggested(r, "C71.9");
    }

    @Test
    void aCancerToldAsHistoryStaysHistoryWhenTheTreatmentIsToldInAnotherSection() {
        CodingResult r = outpatient("PAST MEDICAL HISTORY:\nHistory of a left parietal glioblastoma, resected.\n"
                + "SOCIAL HISTORY:\nHer husband presented for his second cycle of chemotherapy last week.\n");
        assertSuggested(r, "Z85.841", 5);
        assertNotSuggested(r, "C71.9");
    }
}
