package org.opencac.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.FakeCoders;

class HtmlReportTest {
    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]*\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);
    private final EvaluationReport run = FakeCoders.report(Map.of("n1", List.of("E11.9", "R51.9"), "n2", List.of("J45.909")));

    @Test
    void inlinesEchartsAndLoadsNothingFromTheNetwork() {
        String html = new HtmlReport().render(run, null);
        assertTrue(html.contains(HtmlReport.echarts()), "the whole echarts.min.js is inlined");
        assertTrue(html.length() > 900_000);
        assertFalse(SCRIPT_SRC.matcher(html).find(), "no <script src=...>");
        assertFalse(Pattern.compile("<link[^>]*href\\s*=\\s*\"https?:").matcher(html).find());
        assertTrue(html.contains("echarts.init"));
    }

    @Test
    void showsTopTenPrecisionRecallAndFirstListedAccuracy() {
        String html = new HtmlReport().render(run, null);
        assertTrue(html.contains("<th>Top-10 precision</th>"));
        // suggestions E11.9, R51.9 (n1), J45.909 (n2): 2 of 3 gold; gold marks no first-listed code
        assertTrue(html.contains("<td>all</td><td>3</td><td>0.667 <span class=\"ci\">(2/3)</span></td>"), html.substring(html.indexOf("Top-10")));
        assertTrue(html.contains("<td>n/a</td>"));
    }

    @Test
    void showsHeadlineRankingCodesAndFailedNotes() {
        String html = new HtmlReport().render(run, null);
        assertTrue(html.contains("Micro F1 (exact)"));
        assertTrue(html.contains("MAP"));
        assertTrue(html.contains("<td>J45.909</td>"));
        assertTrue(html.contains("<td>boom</td><td>IllegalStateException: coder exploded</td>"));
        assertFalse(html.contains("Baseline (95% CI)"));
    }

    @Test
    void showsABaselineSideBySide() {
        EvaluationReport baseline = FakeCoders.report(Map.of("n1", List.of("R51.9")));
        String html = new HtmlReport().render(run, baseline);
        assertTrue(html.contains("<th>Baseline (95% CI)</th><th>&Delta;</th>"));
        assertTrue(html.contains("class=\"up\""), "this run beats the baseline somewhere");
    }

    @Test
    void escapesReportTextAndWritesAFile(@TempDir Path dir) throws IOException {
        EvaluationReport odd = FakeCoders.report(Map.of("n1", List.of("<script>")));
        Path file = dir.resolve("out/report.html");
        new HtmlReport().write(odd, null, file);
        String html = Files.readString(file);
        assertTrue(html.contains("&lt;SC.RIPT&gt;"), "codes are normalized, then escaped");
        assertEquals(1, html.split("<script>const charts").length - 1);
    }
}
