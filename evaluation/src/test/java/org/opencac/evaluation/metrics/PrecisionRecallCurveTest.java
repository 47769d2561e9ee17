package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.gold.GoldCode;

class PrecisionRecallCurveTest {

    private static NoteCodes note() {
        // gold {E11.9, I10}; E11.9 at 0.9 (hit), R51.9 at 0.5 (miss), I10 at 0.1 (hit)
        return NoteCodes.of("n1", Codes.ICD10CM,
                List.of(new GoldCode(Codes.ICD10CM, "E11.9", List.of()), new GoldCode(Codes.ICD10CM, "I10", List.of())),
                List.of(new PredictedCode(Codes.ICD10CM, "E11.9", 0.9), new PredictedCode(Codes.ICD10CM, "R51.9", 0.5),
                        new PredictedCode(Codes.ICD10CM, "I10", 0.1)));
    }

    @Test
    void thresholdsRunFromLowestToHighestScore() {
        List<CurvePoint> curve = PrecisionRecallCurve.of(List.of(note()), 5);
        // thresholds 0.1, 0.3, 0.5, 0.7, 0.9
        assertEquals(5, curve.size());
        assertEquals(0.1, curve.get(0).threshold(), 1e-9);
        assertEquals(0.9, curve.get(4).threshold(), 1e-9);
        // at 0.1 all three kept: P 2/3, R 1; at 0.5: E11.9, R51.9 -> P 1/2, R 1/2; at 0.9: P 1, R 1/2
        assertEquals(2.0 / 3, curve.get(0).precision(), 1e-9);
        assertEquals(1.0, curve.get(0).recall(), 1e-9);
        assertEquals(0.5, curve.get(2).precision(), 1e-9);
        assertEquals(1.0, curve.get(4).precision(), 1e-9);
        assertEquals(0.5, curve.get(4).recall(), 1e-9);
    }

    @Test
    void recallNeverRisesWithTheThreshold() {
        List<CurvePoint> curve = PrecisionRecallCurve.of(List.of(note()), 20);
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).recall() <= curve.get(i - 1).recall());
        }
    }

    @Test
    void noPredictionsGiveNoCurve() {
        NoteCodes empty = NoteCodes.of("n1", Codes.ICD10CM, List.of(new GoldCode(Codes.ICD10CM, "I10", List.of())), List.of());
        assertTrue(PrecisionRecallCurve.of(List.of(empty), 20).isEmpty());
    }
}
