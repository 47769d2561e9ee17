package org.opencac.engine.pcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PcsWeightsTest {

    @Test
    void theBundledFileHasARowForEveryNumberTheCodeReads() {
        PcsWeights w = PcsWeights.standard();
        assertEquals(PcsWeights.NAMES.size(), w.all().size());
        for (org.opencac.engine.NumberTable.Row row : w.all()) {
            assertTrue(PcsWeights.NAMES.contains(row.name()), row.name());
            assertTrue(!row.meaning().isBlank(), row.name() + " has no meaning");
        }
    }

    @Test
    void aNeighbourSentenceRanksBelowTheProcedureWordsOwnSentence() {
        PcsWeights w = PcsWeights.standard();
        assertTrue(w.get(PcsWeights.REACH_NEIGHBOUR) < w.get(PcsWeights.REACH_SENTENCE));
        assertTrue(w.get(PcsWeights.REACH_SENTENCE) < 1.0);
    }

    @Test
    void aMissingRowFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcsWeights.parse(
                List.of("a\t1\tthe first"), "test.tsv", Set.of("a", "b")));
        assertTrue(e.getMessage().contains("no row for [b]"), e.getMessage());
    }

    @Test
    void aRowNoCodeReadsFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcsWeights.parse(
                List.of("a\t1\tthe first", "c\t2\tnot read"), "test.tsv", Set.of("a")));
        assertTrue(e.getMessage().contains("no code reads: [c]"), e.getMessage());
    }

    @Test
    void aRowWithoutMeaningOrWithABadValueFailsNamingTheLine() {
        assertThrows(IllegalArgumentException.class, () -> PcsWeights.parse(List.of("a\t1"), "test.tsv", Set.of("a")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcsWeights.parse(
                List.of("a\tx\tthe first"), "test.tsv", Set.of("a")));
        assertTrue(e.getMessage().startsWith("test.tsv: "), e.getMessage());
    }

    @Test
    void aWordCountMustBeAWholeNumber() {
        PcsWeights w = PcsWeights.parse(List.of("a\t2.5\ta count"), "test.tsv", Set.of("a"));
        assertEquals(2.5, w.get("a"));
        assertThrows(IllegalArgumentException.class, () -> w.count("a"));
    }
}
