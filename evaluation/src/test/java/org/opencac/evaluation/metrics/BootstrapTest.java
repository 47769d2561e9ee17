package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static List<Counts> notes() {
        List<Counts> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notes.add(new Counts(i % 3, i % 2, (i + 1) % 4 == 0 ? 2 : 0));
        }
        return notes;
    }

    @Test
    void intervalContainsThePointEstimate() {
        Bootstrap.Micro micro = Bootstrap.standard().micro(notes());
        for (Estimate e : List.of(micro.precision(), micro.recall(), micro.f1())) {
            assertTrue(e.low() <= e.value() && e.value() <= e.high(), e.toString());
            assertTrue(e.low() < e.high(), "a varied sample gives a real interval: " + e);
        }
    }

    @Test
    void sameSeedGivesTheSameInterval() {
        assertEquals(new Bootstrap(1000, 7).micro(notes()), new Bootstrap(1000, 7).micro(notes()));
        assertNotEquals(new Bootstrap(1000, 7).micro(notes()), new Bootstrap(1000, 8).micro(notes()));
    }

    @Test
    void pointEstimateIsThePooledFigure() {
        // two notes: (tp 1, fp 1, fn 0) and (tp 1, fp 0, fn 2) -> P 2/3, R 2/4
        Bootstrap.Micro micro = Bootstrap.standard().micro(List.of(new Counts(1, 1, 0), new Counts(1, 0, 2)));
        assertEquals(2.0 / 3, micro.precision().value(), 1e-9);
        assertEquals(0.5, micro.recall().value(), 1e-9);
    }

    @Test
    void identicalNotesGiveAZeroWidthInterval() {
        Bootstrap.Micro micro = Bootstrap.standard().micro(List.of(new Counts(1, 1, 0), new Counts(1, 1, 0)));
        assertEquals(new Estimate(0.5, 0.5, 0.5), micro.precision());
    }

    @Test
    void noNotesGiveZeros() {
        assertEquals(new Estimate(0, 0, 0), Bootstrap.standard().micro(List.of()).f1());
    }
}
