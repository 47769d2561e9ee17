package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cancer told as history that the sentence says is still treated, has spread or was never treated is a
 * current neoplasm (Guidelines I.C.2.d); one whose treatment is over keeps its history code (team-written).
 */
class NeoplasmStillTreatedTest {

    @Test
    void aHistoryOfCancerWithBoneMetastasesIsACurrentCancer() {
        List<String> codes = inpatientCodes("A 72-year-old man with a history of prostate carcinoma with several bone"
                + " metastases was admitted for jaundice.\n");
        assertTrue(codes.contains("C61"), codes.toString());
        assertFalse(codes.contains("Z85.46"), codes.toString());
    }

    @Test
    void aHistoryOfCancerStillUnderHormoneTreatmentIsACurrentCancer() {
        List<String> codes = inpatientCodes("An 80-year-old man with a history of prostate carcinoma, currently on"
                + " hormone therapy, came in with a fever.\n");
        assertTrue(codes.contains("C61"), codes.toString());
        assertFalse(codes.contains("Z85.46"), codes.toString());
    }

    @Test
    void aHistoryOfCancerNowInAPhaseOfItsTreatmentIsACurrentCancer() {
        List<String> codes = inpatientCodes("A 66-year-old man with a history of prostate carcinoma, currently in the"
                + " second phase of his hormone therapy, came in with a fever.\n");
        assertTrue(codes.contains("C61"), codes.toString());
        assertFalse(codes.contains("Z85.46"), codes.toString());
    }

    @Test
    void aHistoryOfCancerWhoseTreatmentIsCompletedStaysHistory() {
        List<String> codes = inpatientCodes("A 60-year-old woman with a history of breast cancer, radiotherapy"
                + " completed, now free of disease, came in with a cough.\n");
        assertTrue(codes.contains("Z85.3"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("C50")), codes.toString());
    }

    @Test
    void aHistoryOfCancerTreatedYearsAgoStaysHistory() {
        List<String> codes = inpatientCodes("A 70-year-old man with a history of gastric carcinoma treated by"
                + " gastrectomy eight years ago came in with a cough.\n");
        assertTrue(codes.contains("Z85.028"), codes.toString());
        assertFalse(codes.contains("C16.9"), codes.toString());
    }

    @Test
    void aSkinCancerNeverOperatedIsStillPresent() {
        List<String> codes = inpatientCodes("An 85-year-old woman with a history of basal cell epithelioma of the"
                + " nose, never operated, came in with a hip fracture after a fall.\n");
        assertTrue(codes.contains("C44.311"), codes.toString());
    }
    @Test
    void aListedCancerWhoseNextSentenceSaysItIsStillTreatedIsACurrentCancer() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY:\nProstate carcinoma found on a biopsy in 2015."
                + " He is now receiving leuprolide every three months.\nSOCIAL HISTORY:\nHe is married.\n");
        assertTrue(codes.contains("C61"), codes.toString());
        assertFalse(codes.contains("Z85.46"), codes.toString());
    }

    @Test
    void aNextSentenceNamingAnotherConditionDoesNotTreatTheListedCancer() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY:\nProstate carcinoma found on a biopsy in 2015."
                + " His asthma is currently on inhaler therapy.\nSOCIAL HISTORY:\nHe is married.\n");
        assertTrue(codes.contains("Z85.46"), codes.toString());
        assertFalse(codes.contains("C61"), codes.toString());
    }

    @Test
    void aHormoneDrugByItsBrandNameIsATreatmentStillGiven() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY:\nProstate carcinoma found on a biopsy in 2015,"
                + " now receiving Lupron.\nSOCIAL HISTORY:\nHe is married.\n");
        assertTrue(codes.contains("C61"), codes.toString());
    }
}
