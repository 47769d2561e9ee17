package org.opencac.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopListScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void precisionAndRecallLookOnlyAtTheFirstTenSuggestions() {
        // 12 suggestions: gold A at rank 1, gold B at rank 11 (outside the list a coder reads)
        List<String> ranked = IntStream.rangeClosed(1, 12).mapToObj(i -> i == 1 ? "A" : i == 11 ? "B" : "X" + i).toList();
        TopListScores all = new TopListScorer(10).score(List.of(new RankedNote(null, List.of("A", "B"), "A", ranked, "A")))
                .get(0);
        assertEquals(TopListScorer.ALL, all.part());
        assertEquals(10, all.shown());
        assertEquals(1, all.shownCorrect());
        assertEquals(0.1, all.precision(), EPS);
        assertEquals(0.5, all.recall(), EPS);
        assertEquals(1.0, all.firstListedAccuracy(), EPS);
    }

    @Test
    void figuresArePooledOverNotesAndSplitByPart() {
        List<RankedNote> notes = List.of(
                new RankedNote("tuning", List.of("A", "B"), "A", List.of("A", "B", "C"), "B"),
                new RankedNote("frozen", List.of("D"), "D", List.of("D"), "D"),
                new RankedNote("frozen", List.of(), null, List.of("E"), "E"));
        List<TopListScores> rows = new TopListScorer(10).score(notes);
        assertEquals(List.of("all", "frozen", "tuning"), rows.stream().map(TopListScores::part).toList());
        TopListScores all = rows.get(0);
        assertEquals(3, all.notes());
        assertEquals(3.0 / 5, all.precision(), EPS);
        assertEquals(3.0 / 3, all.recall(), EPS);
        assertEquals(2, all.firstListedNotes());
        assertEquals(1, all.firstListedCorrect());
        TopListScores frozen = rows.get(1);
        assertEquals(0.5, frozen.precision(), EPS);
        assertEquals(1.0, frozen.recall(), EPS);
        assertEquals(1.0, frozen.firstListedAccuracy(), EPS);
        TopListScores tuning = rows.get(2);
        assertEquals(2.0 / 3, tuning.precision(), EPS);
        assertEquals(0.0, tuning.firstListedAccuracy(), EPS);
    }

    @Test
    void aNoteWithoutSuggestionsShowsNothingAndMissesItsFirstListedCode() {
        TopListScores all = new TopListScorer(10).score(List.of(new RankedNote(null, List.of("A"), "A", List.of(), null)))
                .get(0);
        assertNull(all.precision());
        assertEquals(0.0, all.recall(), EPS);
        assertEquals(0.0, all.firstListedAccuracy(), EPS);
    }

    @Test
    void withoutGoldFirstListedCodesAccuracyIsNotReported() {
        List<TopListScores> rows = new TopListScorer(10).score(List.of(new RankedNote(null, List.of("A"), null, List.of("A"), "A")));
        assertEquals(1, rows.size());
        assertNull(rows.get(0).firstListedAccuracy());
        assertEquals(0, rows.get(0).firstListedNotes());
    }
}
