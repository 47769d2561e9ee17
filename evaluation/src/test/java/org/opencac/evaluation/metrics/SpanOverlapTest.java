package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Span;
import org.opencac.evaluation.gold.GoldCode;

class SpanOverlapTest {
    private static final double EPS = 1e-9;

    @Test
    void countsHitGoldSpansAndOverlappingCharacters() {
        // E11.9 gold spans [0,10) and [20,30); predicted span [5,15): hits the first gold span only.
        // gold chars 20, predicted chars 10, shared [5,10) = 5 -> char P 5/10, R 5/20, F1 = 2*.5*.25/.75 = 1/3
        // I10 has gold spans but is not predicted (fn): ignored. R51.9 has no gold spans: ignored.
        NoteCodes note = NoteCodes.of("n1", Codes.ICD10CM,
                List.of(new GoldCode(Codes.ICD10CM, "E11.9", List.of(new Span(0, 10), new Span(20, 30))),
                        new GoldCode(Codes.ICD10CM, "I10", List.of(new Span(40, 43))),
                        new GoldCode(Codes.ICD10CM, "R51.9", List.of())),
                List.of(new PredictedCode(Codes.ICD10CM, "E11.9", 0.9, List.of(new Span(5, 15))),
                        new PredictedCode(Codes.ICD10CM, "R51.9", 0.8, List.of(new Span(50, 55)))));
        SpanScores s = SpanOverlap.score(List.of(note));
        assertEquals(1, s.codes());
        assertEquals(2, s.goldSpans());
        assertEquals(1, s.goldSpansHit());
        assertEquals(0.5, s.hitRate(), EPS);
        assertEquals(0.5, s.charPrecision(), EPS);
        assertEquals(0.25, s.charRecall(), EPS);
        assertEquals(1.0 / 3, s.charF1(), EPS);
    }

    @Test
    void aTruePositiveWithoutPredictedSpansScoresZero() {
        NoteCodes note = NoteCodes.of("n1", Codes.ICD10CM,
                List.of(new GoldCode(Codes.ICD10CM, "I10", List.of(new Span(0, 3)))),
                List.of(new PredictedCode(Codes.ICD10CM, "I10", 0.9)));
        SpanScores s = SpanOverlap.score(List.of(note));
        assertEquals(1, s.codes());
        assertEquals(0.0, s.hitRate());
        assertEquals(0.0, s.charF1());
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertEquals(false, new Span(0, 5).overlaps(new Span(5, 9)));
        assertEquals(true, new Span(0, 6).overlaps(new Span(5, 9)));
    }
}
