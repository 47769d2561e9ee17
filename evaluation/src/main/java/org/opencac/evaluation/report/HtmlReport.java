package org.opencac.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.RunMetadata;
import org.opencac.evaluation.metrics.SystemMetrics;

/**
 * Renders a report as one self-contained HTML file: headline figures with confidence intervals
 * (beside a baseline run's, if given), ranking metrics, a per-chapter F1 bar chart and a
 * precision-recall curve drawn with the inlined Apache ECharts, the per-code table and the failed
 * notes. The page makes no network request, so it opens offline.
 */
public final class HtmlReport {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private final ObjectMapper json = new ObjectMapper();

    public void write(EvaluationReport report, EvaluationReport baseline, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render(report, baseline), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HTML report " + file, e);
        }
    }

    /**
     * @param report   the run to show
     * @param baseline a run to compare with, or null
     */
    public String render(EvaluationReport report, EvaluationReport baseline) {
        RunMetadata run = report.run();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OpenCAC evaluation: ")
                .append(HtmlTables.escape(run.goldFile())).append("</title><style>").append(STYLE)
                .append("</style><script>").append(echarts()).append("</script></head><body>")
                .append("<h1>OpenCAC evaluation</h1><p>Gold <b>").append(HtmlTables.escape(run.goldFile()))
                .append("</b>, ").append(run.noteCount()).append(" notes (").append(run.errorCount())
                .append(" failed), code set ").append(HtmlTables.escape(run.codeSetVersion())).append(", ")
                .append(run.threads()).append(" threads, ").append(run.wallTimeMillis()).append(" ms, at ")
                .append(HtmlTables.escape(run.timestamp())).append(". Intervals: 95% percentile bootstrap, ")
                .append(run.bootstrapResamples()).append(" resamples.</p>");
        if (baseline != null) {
            html.append("<p>Baseline: <b>").append(HtmlTables.escape(baseline.run().goldFile())).append("</b> at ")
                    .append(HtmlTables.escape(baseline.run().timestamp())).append(".</p>");
        }
        List<Map<String, Object>> charts = new ArrayList<>();
        for (int i = 0; i < report.systems().size(); i++) {
            SystemMetrics system = report.systems().get(i);
            SystemMetrics base = baseline == null ? null : baseline.system(system.system()).orElse(null);
            html.append("<h2>").append(HtmlTables.escape(system.system())).append("</h2><h3>Headline</h3>")
                    .append(HtmlTables.headline(system, base))
                    .append("<h3>Ranking</h3>").append(HtmlTables.ranking(system.ranking()))
                    .append("<h3>F1 by chapter</h3><div class=\"chart\" id=\"chapters").append(i).append("\"></div>")
                    .append("<h3>Precision-recall by score threshold</h3><div class=\"chart\" id=\"curve").append(i)
                    .append("\"></div><h3>Codes</h3>").append(HtmlTables.perCode(system.perCode()));
            charts.add(chartData(system, base));
        }
        if (!report.topList().isEmpty()) {
            html.append("<h2>The first ten suggestions and the first-listed code (ICD-10-CM)</h2>")
                    .append(HtmlTables.topList(report.topList()));
        }
        html.append("<h2>Failed notes</h2>").append(HtmlTables.failures(report.failures()));
        html.append("<script>const charts = ").append(safeJson(charts)).append(";\n").append(CHART_SCRIPT)
                .append("</script></body></html>");
        return html.toString();
    }

    private static Map<String, Object> chartData(SystemMetrics system, SystemMetrics baseline) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("chapters", system.perChapter().stream().map(c -> c.range()).toList());
        data.put("f1", system.perChapter().stream().map(c -> round(c.f1())).toList());
        data.put("curve", system.prCurve().stream().map(p -> List.of(round(p.recall()), round(p.precision()),
                round(p.threshold()))).toList());
        data.put("baselineCurve", baseline == null ? List.of() : baseline.prCurve().stream()
                .map(p -> List.of(round(p.recall()), round(p.precision()), round(p.threshold()))).toList());
        return data;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    /** JSON that cannot close the surrounding script element. */
    private String safeJson(Object value) {
        try {
            return json.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String echarts() {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("ECharts not on the classpath: " + ECHARTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ECHARTS, e);
        }
    }

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;"
            + "text-align:right}td:first-child,th:first-child{text-align:left}.ci{color:#777;font-size:90%}"
            + ".up{color:#070}.down{color:#b00}.chart{width:900px;height:360px}";

    private static final String CHART_SCRIPT = """
            charts.forEach(function (c, i) {
              echarts.init(document.getElementById('chapters' + i)).setOption({
                tooltip: {}, xAxis: {type: 'category', data: c.chapters, axisLabel: {rotate: 45}},
                yAxis: {type: 'value', min: 0, max: 1, name: 'F1'},
                series: [{type: 'bar', data: c.f1}]});
              var series = [{name: 'this run', type: 'line', data: c.curve}];
              if (c.baselineCurve.length) series.push({name: 'baseline', type: 'line', data: c.baselineCurve});
              echarts.init(document.getElementById('curve' + i)).setOption({
                legend: {}, tooltip: {trigger: 'item', formatter: function (p) {
                  return 'threshold ' + p.data[2] + '<br>recall ' + p.data[0] + '<br>precision ' + p.data[1]; }},
                xAxis: {type: 'value', min: 0, max: 1, name: 'recall'},
                yAxis: {type: 'value', min: 0, max: 1, name: 'precision'}, series: series});
            });
            """;
}
