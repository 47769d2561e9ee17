package org.opencac.evaluation.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opencac.evaluation.NoteResult;
import org.opencac.evaluation.metrics.CodeRow;
import org.opencac.evaluation.metrics.Estimate;
import org.opencac.evaluation.metrics.RankingScores;
import org.opencac.evaluation.metrics.SetScores;
import org.opencac.evaluation.metrics.SystemMetrics;
import org.opencac.evaluation.metrics.TopListScores;

/** The HTML tables of a report; every value from the report is escaped. */
final class HtmlTables {

    private HtmlTables() {
    }

    /** Headline figures with intervals; with a baseline, its column and the delta beside them. */
    static String headline(SystemMetrics run, SystemMetrics baseline) {
        StringBuilder html = new StringBuilder("<table><tr><th>Metric</th><th>This run (95% CI)</th>");
        if (baseline != null) {
            html.append("<th>Baseline (95% CI)</th><th>&Delta;</th>");
        }
        html.append("</tr>");
        headlineRows(html, "exact", run.exact(), baseline == null ? null : baseline.exact());
        headlineRows(html, "category", run.category(), baseline == null ? null : baseline.category());
        return html.append("</table>").toString();
    }

    private static void headlineRows(StringBuilder html, String level, SetScores run, SetScores base) {
        estimateRow(html, "Micro precision (" + level + ")", run.microPrecision(), base == null ? null : base.microPrecision());
        estimateRow(html, "Micro recall (" + level + ")", run.microRecall(), base == null ? null : base.microRecall());
        estimateRow(html, "Micro F1 (" + level + ")", run.microF1(), base == null ? null : base.microF1());
        valueRow(html, "Macro F1 (" + level + ")", run.macroF1(), base == null ? null : base.macroF1());
    }

    private static void estimateRow(StringBuilder html, String name, Estimate run, Estimate base) {
        html.append("<tr><td>").append(name).append("</td><td>").append(ci(run)).append("</td>");
        if (base != null) {
            html.append("<td>").append(ci(base)).append("</td><td>").append(delta(run.value() - base.value()))
                    .append("</td>");
        }
        html.append("</tr>");
    }

    private static void valueRow(StringBuilder html, String name, double run, Double base) {
        html.append("<tr><td>").append(name).append("</td><td>").append(num(run)).append("</td>");
        if (base != null) {
            html.append("<td>").append(num(base)).append("</td><td>").append(delta(run - base)).append("</td>");
        }
        html.append("</tr>");
    }

    static String ranking(RankingScores r) {
        return "<table><tr><th>P@1</th><th>P@5</th><th>P@10</th><th>R@1</th><th>R@5</th><th>R@10</th>"
                + "<th>MAP</th><th>Notes</th></tr><tr>" + cells(num(r.precisionAt1()), num(r.precisionAt5()),
                num(r.precisionAt10()), num(r.recallAt1()), num(r.recallAt5()), num(r.recallAt10()),
                num(r.meanAveragePrecision()), String.valueOf(r.notes())) + "</tr></table>";
    }

    /** Codes by descending support, then by code. */
    static String perCode(List<CodeRow> rows) {
        StringBuilder html = new StringBuilder("<table class=\"codes\"><tr><th>Code</th><th>Chapter</th>"
                + "<th>Support</th><th>TP</th><th>FP</th><th>FN</th><th>P</th><th>R</th><th>F1</th></tr>");
        rows.stream().sorted(Comparator.comparingInt(CodeRow::support).reversed().thenComparing(CodeRow::code))
                .forEach(r -> html.append("<tr>").append(cells(escape(r.code()), String.valueOf(r.chapter()),
                        String.valueOf(r.support()), String.valueOf(r.tp()), String.valueOf(r.fp()),
                        String.valueOf(r.fn()), num(r.precision()), num(r.recall()), num(r.f1()))).append("</tr>"));
        return html.append("</table>").toString();
    }

    /** Top-10 precision/recall and first-listed accuracy, all notes and per gold part. */
    static String topList(List<TopListScores> rows) {
        StringBuilder html = new StringBuilder("<table><tr><th>Part</th><th>Notes</th><th>Top-10 precision</th>"
                + "<th>Top-10 recall</th><th>First-listed right</th></tr>");
        rows.forEach(t -> html.append("<tr>").append(cells(escape(t.part()), String.valueOf(t.notes()),
                ratio(t.precision(), t.shownCorrect(), t.shown()), ratio(t.recall(), t.shownCorrect(), t.gold()),
                ratio(t.firstListedAccuracy(), t.firstListedCorrect(), t.firstListedNotes()))).append("</tr>"));
        return html.append("</table>").toString();
    }

    private static String ratio(Double value, int numerator, int denominator) {
        return value == null ? "n/a" : num(value) + " <span class=\"ci\">(" + numerator + "/" + denominator + ")</span>";
    }

    static String failures(List<NoteResult> failed) {
        if (failed.isEmpty()) {
            return "<p>No note failed.</p>";
        }
        StringBuilder html = new StringBuilder("<table><tr><th>Note</th><th>Error</th><th>Gold codes</th></tr>");
        failed.forEach(n -> html.append("<tr>").append(cells(escape(n.id()), escape(n.error()),
                escape(String.join(", ", n.gold())))).append("</tr>"));
        return html.append("</table>").toString();
    }

    static String cells(String... values) {
        StringBuilder html = new StringBuilder();
        for (String value : values) {
            html.append("<td>").append(value).append("</td>");
        }
        return html.toString();
    }

    static String ci(Estimate e) {
        return num(e.value()) + " <span class=\"ci\">[" + num(e.low()) + ", " + num(e.high()) + "]</span>";
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String delta(double value) {
        String cls = value > 0 ? "up" : value < 0 ? "down" : "same";
        return "<span class=\"" + cls + "\">" + String.format(Locale.ROOT, "%+.3f", value) + "</span>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
