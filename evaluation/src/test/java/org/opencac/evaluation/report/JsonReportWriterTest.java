package org.opencac.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.FakeCoders;

class JsonReportWriterTest {

    @Test
    void aWrittenReportReadsBackEqual(@TempDir Path dir) {
        EvaluationReport report = FakeCoders.report(Map.of("n1", List.of("E11.9"), "n2", List.of("J45.909", "I10")));
        JsonReportWriter json = new JsonReportWriter();
        Path file = dir.resolve("run.json");
        json.write(report, file);
        assertEquals(report, json.read(file));
    }

    @Test
    void jsonNamesTheHeadlineFigures() {
        String text = new JsonReportWriter().toJson(FakeCoders.report(Map.of("n1", List.of("E11.9"))));
        assertTrue(text.contains("\"microF1\""));
        assertTrue(text.contains("\"meanAveragePrecision\""));
        assertTrue(text.contains("\"error\" : \"IllegalStateException: coder exploded\""), text);
    }
}
