package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoringWeightsTest {

    private static List<String> bundledLines() {
        return ScoringWeights.bundledRows();
    }

    @Test
    void bundledFileHasExactlyTheWeightsTheCodeReads() {
        Set<String> inFile = ScoringWeights.standard().all().stream().map(ScoringWeights.Weight::name)
                .collect(Collectors.toSet());
        assertEquals(ScoringWeights.NAMES, inFile);
    }

    @Test
    void everyBundledWeightSaysWhatItMeans() {
        for (ScoringWeights.Weight w : ScoringWeights.standard().all()) {
            assertTrue(w.meaning().split("\\s+").length >= 4, "meaning too short for " + w.name());
        }
    }

    @Test
    void aMissingWeightFailsAtLoadNamingIt() {
        List<String> lines = new ArrayList<>(bundledLines());
        lines.removeIf(l -> l.startsWith("repetition.bonus_max\t"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringWeights.parse(lines, "test.tsv", ScoringWeights.NAMES));
        assertTrue(e.getMessage().contains("repetition.bonus_max"), e.getMessage());
    }

    @Test
    void aWeightNoCodeReadsFailsAtLoadNamingIt() {
        List<String> lines = new ArrayList<>(bundledLines());
        lines.add("section.epilogue\t0.2\tadded for a mention in a section that does not exist");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringWeights.parse(lines, "test.tsv", ScoringWeights.NAMES));
        assertTrue(e.getMessage().contains("section.epilogue"), e.getMessage());
    }

    @Test
    void aRowWithoutMeaningOrNumberFailsAtLoadNamingTheFile() {
        assertThrows(IllegalArgumentException.class,
                () -> ScoringWeights.parse(List.of("score.max\t0.99"), "test.tsv", Set.of("score.max")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringWeights.parse(List.of("score.max\thigh\tthe top"), "test.tsv", Set.of("score.max")));
        assertTrue(e.getMessage().startsWith("test.tsv"), e.getMessage());
    }

    @Test
    void aWeightListedTwiceFailsAtLoad() {
        assertThrows(IllegalArgumentException.class, () -> ScoringWeights.parse(
                List.of("score.max\t0.99\tthe top", "score.max\t0.9\tthe top again"), "test.tsv", Set.of("score.max")));
    }
}
