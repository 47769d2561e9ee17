package org.opencac.evaluation.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.FakeCoders;
import org.opencac.evaluation.report.JsonReportWriter;

class RunDiffTest {
    // gold: n1 {E11.9, I10}, n2 {J45.909}, boom {I10} (always fails)
    // A: n1 -> E11.9, R51.9; n2 -> J45.909        B: n1 -> E11.9, I10; n2 -> nothing
    private final EvaluationReport a = FakeCoders.report(Map.of("n1", List.of("E11.9", "R51.9"), "n2", List.of("J45.909")));
    private final EvaluationReport b = FakeCoders.report(Map.of("n1", List.of("E11.9", "I10")));

    @Test
    void headlineDeltasAreBMinusAWithBothIntervals() {
        RunComparison diff = new RunDiff(20).compare(a, b);
        MetricDelta microP = diff.headline().stream().filter(d -> d.metric().equals("micro precision (exact)"))
                .findFirst().orElseThrow();
        // A: tp 2 fp 1 -> 2/3; B: tp 2 fp 0 -> 1; delta 1/3
        assertEquals(2.0 / 3, microP.a().value(), 1e-9);
        assertEquals(1.0, microP.b().value(), 1e-9);
        assertEquals(1.0 / 3, microP.delta(), 1e-9);
        assertTrue(microP.interval());
    }

    @Test
    void listsCodesNewlyCorrectAndNewlyWrong() {
        RunComparison diff = new RunDiff(20).compare(a, b);
        assertEquals(List.of("I10"), diff.newlyCorrect());
        assertEquals(List.of("J45.909"), diff.newlyWrong());
        assertEquals("I10", diff.codes().get(0).code(), "largest gain first");
    }

    @Test
    void listsTheNotesThatChangedMostFirst() {
        RunComparison diff = new RunDiff(20).compare(a, b);
        // n2: F1 1 -> 0 (delta -1); n1: F1 .5 -> 1 (delta +.5); boom unchanged
        assertEquals(List.of("n2", "n1"), diff.notes().stream().map(NoteChange::id).toList());
        NoteChange n1 = diff.notes().get(1);
        assertEquals(List.of("I10"), n1.gained());
        assertEquals(List.of("R51.9"), n1.fixedFp());
        assertEquals(1, new RunDiff(1).compare(a, b).notes().size());
    }

    @Test
    void readsReportFilesAndRendersTextAndJson(@TempDir Path dir) {
        JsonReportWriter json = new JsonReportWriter();
        json.write(a, dir.resolve("a.json"));
        json.write(b, dir.resolve("b.json"));
        RunComparison diff = new RunDiff(20).compare(dir.resolve("a.json"), dir.resolve("b.json"));
        String text = DiffText.render(diff);
        assertTrue(text.contains("micro precision (exact)"), text);
        assertTrue(text.contains("+0.333"), text);
        assertTrue(text.contains("Codes newly correct: 1 (I10)"), text);
        assertTrue(DiffText.json(diff).contains("\"newlyWrong\" : [ \"J45.909\" ]"), DiffText.json(diff));
    }
}
