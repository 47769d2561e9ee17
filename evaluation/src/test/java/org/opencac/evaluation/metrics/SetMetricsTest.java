package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.gold.GoldCode;

class SetMetricsTest {
    private static final double EPS = 1e-9;
    private final SetMetrics metrics = new SetMetrics(new Bootstrap(50, 1));

    static NoteCodes note(String id, List<String> gold, String... predicted) {
        List<GoldCode> golds = gold.stream().map(c -> new GoldCode(Codes.ICD10CM, c, List.of())).toList();
        double[] score = {1.0};
        List<PredictedCode> preds = Arrays.stream(predicted)
                .map(c -> new PredictedCode(Codes.ICD10CM, c, score[0] -= 0.1)).toList();
        return NoteCodes.of(id, Codes.ICD10CM, golds, preds);
    }

    @Test
    void microPoolsCountsOverNotesAndMacroAveragesOverCodes() {
        // n1: gold {E11.9, I10}, predicted {E11.9, J45.909} -> tp E11.9, fp J45.909, fn I10
        // n2: gold {I10},        predicted {I10}            -> tp I10
        // micro: tp 2, fp 1, fn 1 -> P = 2/3, R = 2/3, F1 = 2/3
        // per code: E11.9 P1 R1 F1=1; I10 tp1 fn1 -> P1 R.5 F1 2/3; J45.909 fp1 -> 0 0 0
        // macro P = (1+1+0)/3 = 2/3, macro R = (1+.5+0)/3 = .5, macro F1 = (1+2/3+0)/3 = 5/9
        SetScores s = metrics.score(List.of(note("n1", List.of("E11.9", "I10"), "E11.9", "J45.909"),
                note("n2", List.of("I10"), "I10")), UnaryOperator.identity());
        assertEquals(2.0 / 3, s.microPrecision().value(), EPS);
        assertEquals(2.0 / 3, s.microRecall().value(), EPS);
        assertEquals(2.0 / 3, s.microF1().value(), EPS);
        assertEquals(2.0 / 3, s.macroPrecision(), EPS);
        assertEquals(0.5, s.macroRecall(), EPS);
        assertEquals(5.0 / 9, s.macroF1(), EPS);
        assertEquals(3, s.codes());
    }

    @Test
    void emptyPredictionsGiveZeroPrecisionAndZeroRecall() {
        SetScores s = metrics.score(List.of(note("n1", List.of("E11.9"))), UnaryOperator.identity());
        assertEquals(0.0, s.microPrecision().value());
        assertEquals(0.0, s.microRecall().value());
        assertEquals(0.0, s.microF1().value());
        assertEquals(1, s.fn());
    }

    @Test
    void emptyGoldGivesZeroRecallAndCountsEveryPredictionFalse() {
        SetScores s = metrics.score(List.of(note("n1", List.of(), "E11.9", "I10")), UnaryOperator.identity());
        assertEquals(0.0, s.microRecall().value());
        assertEquals(0.0, s.microPrecision().value());
        assertEquals(2, s.fp());
    }

    @Test
    void noNotesAtAllGiveZeros() {
        SetScores s = metrics.score(List.of(), UnaryOperator.identity());
        assertEquals(0.0, s.microF1().value());
        assertEquals(0.0, s.macroF1());
    }

    @Test
    void duplicatePredictionsCountOnce() {
        // E11.9 predicted three times (also unnormalized): one tp, no fp
        SetScores s = metrics.score(List.of(note("n1", List.of("E11.9"), "E11.9", "e119", "E11.9")),
                UnaryOperator.identity());
        assertEquals(1, s.tp());
        assertEquals(0, s.fp());
        assertEquals(1.0, s.microPrecision().value());
    }

    @Test
    void categoriesMatchOnTheFirstThreeCharacters() {
        // gold E11.9, predicted E11.65: exact fp+fn, category E11 tp
        List<NoteCodes> notes = List.of(note("n1", List.of("E11.9"), "E11.65"));
        assertEquals(0.0, metrics.score(notes, UnaryOperator.identity()).microF1().value());
        assertEquals(1.0, metrics.score(notes, Codes::category).microF1().value());
    }
}
