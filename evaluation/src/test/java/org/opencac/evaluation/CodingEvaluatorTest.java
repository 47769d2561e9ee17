package org.opencac.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.gold.CoderGoldReader;
import org.opencac.evaluation.gold.GoldCode;
import org.opencac.evaluation.gold.GoldNote;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.evaluation.metrics.SystemMetrics;
import org.opencac.evaluation.metrics.TopListScores;

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
    void theReportCarriesTopTenFiguresAndFirstListedAccuracyPerPart() {
        GoldSet gold = new GoldSet("coder-gold.jsonl", List.of(
                coderNote("t1", "tuning", "I10", "E11.9"), coderNote("f1", "frozen", "J18.9")));
        NoteCoder coder = (id, text, setting) -> {
            List<String> ranked = id.equals("t1") ? List.of("E11.9", "I10", "R51.9") : List.of("J18.9");
            List<PredictedCode> codes = ranked.stream().map(c -> new PredictedCode(Codes.ICD10CM, c, 0.5)).toList();
            return new Prediction(Codes.ICD10CM, "2026", codes, ranked.get(0).replace(".", ""));
        };
        List<TopListScores> rows = new CodingEvaluator(coder, 1, ProgressListener.NONE, new ReportBuilder(10, 1))
                .evaluate(gold).topList();
        assertEquals(List.of("all", "frozen", "tuning"), rows.stream().map(TopListScores::part).toList());
        assertEquals(3.0 / 4, rows.get(0).precision(), 1e-9);
        assertEquals(1.0, rows.get(0).recall(), 1e-9);
        assertEquals(1, rows.get(0).firstListedCorrect());
        assertEquals(1.0, rows.get(1).firstListedAccuracy(), 1e-9);
        assertEquals(0.0, rows.get(2).firstListedAccuracy(), 1e-9);
    }

    private static GoldNote coderNote(String id, String part, String first, String... others) {
        List<GoldCode> codes = new ArrayList<>(List.of(new GoldCode(Codes.ICD10CM, first, List.of())));
        for (String c : others) {
            codes.add(new GoldCode(Codes.ICD10CM, c, List.of()));
        }
        return new GoldNote(id, "Team-written text.", "outpatient", codes,
                Map.of(CoderGoldReader.PART, part, CoderGoldReader.FIRST_LISTED, first));
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
