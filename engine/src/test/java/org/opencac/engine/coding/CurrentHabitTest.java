package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A smoker named in a history list still smokes; a dated or former habit is history (team-written). */
class CurrentHabitTest {

    @Test
    void aSmokerListedAfterHistoryOfIsACurrentSmoker() {
        List<String> codes = inpatientCodes("A 50-year-old man with a history of kidney stones and a 15-cigarette "
                + "smoker"
                + " per day, seen for flank pain.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
        assertFalse(codes.contains("Z87.891"), codes.toString());
    }

    @Test
    void aPackRateOrThePresentTenseOfSmokingInAPastHistoryListIsCurrentSmoking() {
        List<String> rate = inpatientCodes("PAST MEDICAL HISTORY: Gout. 2 ppd cigarettes.\n");
        assertTrue(rate.stream().anyMatch(c -> c.startsWith("F17.2")), rate.toString());
        List<String> verb = inpatientCodes("PAST MEDICAL HISTORY: Gout. Smokes cigarettes.\n");
        assertTrue(verb.stream().anyMatch(c -> c.startsWith("F17.2")), verb.toString());
    }

    @Test
    void aFormerSmokerInTheSameListIsHistory() {
        List<String> codes = inpatientCodes("A 50-year-old man with a history of kidney stones and a former smoker,"
                + " seen for flank pain.\n");
        assertTrue(codes.contains("Z87.891"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }

    @Test
    void aSmokerDatedInThePastIsHistory() {
        List<String> codes = inpatientCodes("She was a smoker many years ago and now has a chronic cough.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("F17.2")), codes.toString());
    }

    @Test
    void aHistoryOfSmokingKeepsItsPersonalHistoryCode() {
        List<String> codes = inpatientCodes("A 60-year-old woman with a history of smoking, seen for chest pain.\n");
        assertTrue(codes.contains("Z87.891"), codes.toString());
    }

    @Test
    void smokingGoingOnNowAfterItsHistoryIsCurrentSmoking() {
        List<String> still = inpatientCodes("SOCIAL HISTORY: Long history of smoking, still smokes on weekends.\n");
        assertTrue(still.contains("F17.200"), still.toString());
        assertFalse(still.contains("Z87.891"), still.toString());
        List<String> now = inpatientCodes("SOCIAL HISTORY: A history of tobacco use, and she currently smokes.\n");
        assertTrue(now.contains("F17.200"), now.toString());
        assertFalse(now.contains("Z87.891"), now.toString());
    }

    @Test
    void aSmokingHistoryThatEndedIsPersonalHistory() {
        List<String> codes = inpatientCodes("SOCIAL HISTORY: He has a smoking history but gave it up in his forties.\n");
        assertTrue(codes.contains("Z87.891"), codes.toString());
        List<String> none = inpatientCodes("SOCIAL HISTORY: She denies any smoking history.\n");
        assertFalse(none.contains("Z87.891"), none.toString());
    }

    @Test
    void aSmokerOfNoNamedProductIsNicotineDependenceUnspecifiedWhateverHowOftenOrHowMuch() {
        // Index: Smoker, see Dependence, drug, nicotine: F17.200 until the note names the product
        for (String habit : List.of("Active smoker", "Heavy smoker", "Daily smoker", "Smokes tobacco")) {
            List<String> codes = inpatientCodes("SOCIAL HISTORY: " + habit + ", lives alone.\nADMITTED FOR: Cough.\n");
            assertTrue(codes.contains("F17.200"), habit + ": " + codes);
            assertFalse(codes.contains("F17.210"), habit + ": " + codes);
        }
    }

    @Test
    void cigarettesCountedByTheDayInAHistoryListAreCurrentSmoking() {
        List<String> codes = inpatientCodes("Medical history: hypertension, 10 cigarettes daily. Admitted for cough.\n");
        assertTrue(codes.contains("F17.210"), codes.toString());
        assertFalse(codes.contains("Z87.891"), codes.toString());
        List<String> section = inpatientCodes("Personal history: smoker of 20 cigarettes per day, hypertension.\n");
        assertTrue(section.contains("F17.210"), section.toString());
        assertFalse(section.contains("Z87.891"), section.toString());
    }

    @Test
    void aDailyCountThatEndedOrIsDatedIsStillHistory() {
        List<String> quit = inpatientCodes("He smoked 20 cigarettes a day until he quit ten years ago. Admitted for cough.\n");
        assertFalse(quit.contains("F17.210"), quit.toString());
        List<String> past = inpatientCodes("Past medical history: diabetes and heavy smoking in the past, 2 packs per day.\n");
        assertFalse(past.contains("F17.210"), past.toString());
    }
}
