package org.opencac.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.metrics.SystemMetrics;

class CodingEvaluatorTest {
    private static final Map<String, List<String>> CODES = Map.of("n1", List.of("E11.9", "R51.9"), "n2", List.of("J45.909"));

    @Test
    void scoresEveryNoteAndRecordsAFailingNoteAsAnError() {
        EvaluationReport report = FakeCoders.report(CODES);
        assertEquals(3, report.run().noteCount());
        assertEquals(1, report.run().errorCount());
        assertEquals("2025", report.run().codeSetVersion());
        assertEquals("gold.jsonl", report.run().goldFile());
        NoteResult boom = report.failures().get(0);
        assertEquals("boom", boom.id());
        assertEquals("IllegalStateException: coder exploded", boom.error());
        assertEquals(List.of("I10"), boom.fn());
    }

    @Test
    void aFailedNoteCountsAsPredictingNothing() {
        // tp: E11.9, J45.909; fp: R51.9; fn: I10 (n1), I10 (boom) -> P 2/3, R 2/4
        SystemMetrics cm = FakeCoders.report(CODES).system(Codes.ICD10CM).orElseThrow();
        assertEquals(2, cm.exact().tp());
        assertEquals(1, cm.exact().fp());
        assertEquals(2, cm.exact().fn());
        assertEquals(0.5, cm.exact().microRecall().value(), 1e-9);
    }

    @Test
    void perNoteResultsListTruePositivesFalsePositivesAndFalseNegatives() {
        NoteResult n1 = FakeCoders.report(CODES).notes().get(0);
        assertEquals("n1", n1.id());
        assertEquals(List.of("E11.9"), n1.tp());
        assertEquals(List.of("R51.9"), n1.fp());
        assertEquals(List.of("I10"), n1.fn());
        assertEquals(0.5, n1.f1(), 1e-9);
        assertEquals(new ScoredCode(Codes.ICD10CM, "E11.9", 0.9), n1.predicted().get(0));
    }

    @Test
    void progressReachesTheTotalOnce() {
        List<Progress> updates = Collections.synchronizedList(new ArrayList<>());
        new CodingEvaluator(FakeCoders.table(CODES), 3, updates::add, new ReportBuilder(10, 1))
                .evaluate(FakeCoders.gold());
        assertEquals(3, updates.size());
        assertTrue(updates.stream().anyMatch(p -> p.done() == 3 && p.total() == 3));
    }

    @Test
    void resultsKeepGoldOrderWhateverTheThreadCount() {
        EvaluationReport report = new CodingEvaluator(FakeCoders.table(CODES), 4, ProgressListener.NONE,
                new ReportBuilder(10, 1)).evaluate(FakeCoders.gold());
        assertEquals(List.of("n1", "n2", "boom"), report.notes().stream().map(NoteResult::id).toList());
    }
}
