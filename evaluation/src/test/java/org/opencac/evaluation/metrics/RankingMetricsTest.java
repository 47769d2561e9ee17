package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.evaluation.metrics.SetMetricsTest.note;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.gold.GoldCode;

class RankingMetricsTest {
    private static final double EPS = 1e-9;

    @Test
    void precisionRecallAtKAndAveragePrecisionOnAWorkedExample() {
        // ranked: A(hit) B(miss) C(hit) D(miss) E(miss) F(hit); gold {A, C, F, G}
        List<String> ranked = List.of("A", "B", "C", "D", "E", "F");
        Set<String> gold = Set.of("A", "C", "F", "G");
        assertEquals(1.0, RankingMetrics.precisionAt(ranked, gold, 1), EPS);   // 1/1
        assertEquals(0.4, RankingMetrics.precisionAt(ranked, gold, 5), EPS);   // A,C in top 5: 2/5
        assertEquals(0.3, RankingMetrics.precisionAt(ranked, gold, 10), EPS);  // 3 hits / 10, only 6 predicted
        assertEquals(0.25, RankingMetrics.recallAt(ranked, gold, 1), EPS);     // 1/4
        assertEquals(0.5, RankingMetrics.recallAt(ranked, gold, 5), EPS);      // 2/4
        assertEquals(0.75, RankingMetrics.recallAt(ranked, gold, 10), EPS);    // 3/4
        // AP = (1/1 + 2/3 + 3/6 + 0 for G never found) / 4 = (1 + .6667 + .5) / 4 = 0.541667
        assertEquals((1 + 2.0 / 3 + 0.5) / 4, RankingMetrics.averagePrecision(ranked, gold), EPS);
    }

    @Test
    void meanAveragePrecisionSkipsNotesWithoutGold() {
        // n1: ranked E11.9(hit) I10(miss); gold {E11.9} -> AP 1
        // n2: ranked J45.909(miss) I10(hit); gold {I10} -> AP 1/2
        // n3: no gold -> left out; MAP = (1 + .5) / 2 = .75
        RankingScores r = RankingMetrics.score(List.of(
                note("n1", List.of("E11.9"), "E11.9", "I10"),
                note("n2", List.of("I10"), "J45.909", "I10"),
                note("n3", List.of(), "R51.9")));
        assertEquals(2, r.notes());
        assertEquals(0.75, r.meanAveragePrecision(), EPS);
        assertEquals(0.5, r.precisionAt1(), EPS);   // (1 + 0) / 2
        assertEquals(0.5, r.recallAt1(), EPS);      // (1 + 0) / 2
        assertEquals(1.0, r.recallAt5(), EPS);
        assertEquals(0.2, r.precisionAt5(), EPS);   // (1/5 + 1/5) / 2
    }

    @Test
    void tiedScoresKeepTheGivenOrder() {
        // both at score 0.5; the coder listed the miss first, so the hit is at rank 2: AP = 1/2
        List<PredictedCode> tied = List.of(new PredictedCode(Codes.ICD10CM, "I10", 0.5),
                new PredictedCode(Codes.ICD10CM, "E11.9", 0.5));
        NoteCodes n = NoteCodes.of("n1", Codes.ICD10CM, List.of(new GoldCode(Codes.ICD10CM, "E11.9", List.of())), tied);
        assertEquals(0.5, RankingMetrics.score(List.of(n)).meanAveragePrecision(), EPS);
        assertEquals(0.0, RankingMetrics.score(List.of(n)).precisionAt1(), EPS);
    }

    @Test
    void aRepeatedPredictionDoesNotTakeARank() {
        // I10, I10, E11.9 -> deduplicated to I10, E11.9; gold {E11.9} found at rank 2
        RankingScores r = RankingMetrics.score(List.of(note("n1", List.of("E11.9"), "I10", "I10", "E11.9")));
        assertEquals(0.5, r.meanAveragePrecision(), EPS);
    }

    @Test
    void noNotesWithGoldGiveZeros() {
        RankingScores r = RankingMetrics.score(List.of(note("n1", List.of(), "I10")));
        assertEquals(0, r.notes());
        assertEquals(0.0, r.meanAveragePrecision());
    }

    @Test
    void categoryMeanAveragePrecisionRanksEachCategoryAtItsFirstCode() {
        // ranked E11.65 (E11), E11.9 (E11 again: dropped), I10 (I10), J18.9 (J18); gold E11.22, J18.1 -> {E11, J18}
        // category ranking E11(hit) I10(miss) J18(hit): AP = (1/1 + 2/3) / 2; exact AP = 0 (no exact hit)
        RankingScores r = RankingMetrics.score(List.of(
                note("n1", List.of("E11.22", "J18.1"), "E11.65", "E11.9", "I10", "J18.9")));
        assertEquals(0.0, r.meanAveragePrecision(), EPS);
        assertEquals((1 + 2.0 / 3) / 2, r.categoryMeanAveragePrecision(), EPS);
    }
}
