package org.opencac.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.Pipeline;
import org.opencac.evaluation.CodingEvaluator;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.GoldAlignment;
import org.opencac.evaluation.NoteCoder;
import org.opencac.evaluation.ProgressBar;
import org.opencac.evaluation.ReportBuilder;
import org.opencac.evaluation.coder.LuceneBaselineCoder;
import org.opencac.evaluation.coder.PipelineNoteCoder;
import org.opencac.evaluation.gold.CarriedGoldMatcher;
import org.opencac.evaluation.gold.CodiEspGoldReader;
import org.opencac.evaluation.gold.CoderGoldReader;
import org.opencac.evaluation.gold.GoldCode;
import org.opencac.evaluation.gold.GoldNote;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.evaluation.gold.JsonLinesGoldReader;
import org.opencac.evaluation.metrics.Estimate;
import org.opencac.evaluation.metrics.SystemMetrics;
import org.opencac.evaluation.metrics.TopListScores;
import org.opencac.evaluation.report.HtmlReport;
import org.opencac.evaluation.report.JsonReportWriter;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.icd10cm.AlphabeticIndexLoader;

/**
 * {@code opencac eval GOLD [--codes TSV] [--setting S] [--out DIR] [--baseline] [--threads N]}: runs the
 * engine (and optionally the plain-Lucene baseline) over a gold set and writes JSON and HTML reports.
 * With {@code --notes NOTES.jsonl[.xz]} the gold file holds only ids and codes (a coder-labelled set such
 * as corpus/mtsamples-gold) and each note's text is attached from the notes file by id;
 * {@code --part tuning|frozen} keeps one half of such a set.
 */
public final class EvalCommand {
    public static final String USAGE = "opencac eval GOLD.jsonl|NOTES_DIR [--codes CODES.tsv] [--procedure-codes P.tsv] [--setting outpatient|inpatient]"
            + " [--out DIR] [--baseline] [--threads N] [--notes NOTES.jsonl[.xz] [--part tuning|frozen]]";

    private EvalCommand() {
    }

    /**
     * Parsed arguments.
     *
     * @param gold     a JSONL gold file, or a CodiEsp-style folder of notes
     * @param codes    the CodiEsp code TSV (with a folder), else null
     * @param procedureCodes a CodiEsp procedure (P) TSV whose two-column codes are ICD-10-PCS, else null
     * @param setting  setting of CodiEsp notes
     * @param out      output folder
     * @param baseline also run the baseline
     * @param threads  worker threads
     * @param notes    the notes file whose texts a text-less gold file refers to, else null
     * @param part     the part of a coder-labelled gold set to keep, or null for all
     */
    public record Args(Path gold, Path codes, Path procedureCodes, String setting, Path out, boolean baseline, int threads,
                       Path notes, String part) {
        public static Args parse(List<String> args, int defaultThreads) {
            Path gold = null;
            Path codes = null;
            Path procedureCodes = null;
            String setting = "outpatient";
            Path out = Path.of("eval-report");
            boolean baseline = false;
            int threads = defaultThreads;
            Path notes = null;
            String part = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--codes" -> codes = Path.of(CommandArgs.value(args, ++i, a));
                    case "--procedure-codes" -> procedureCodes = Path.of(CommandArgs.value(args, ++i, a));
                    case "--setting" -> setting = CommandArgs.value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--out" -> out = Path.of(CommandArgs.value(args, ++i, a));
                    case "--baseline" -> baseline = true;
                    case "--threads" -> threads = CommandArgs.positive(CommandArgs.value(args, ++i, a), a);
                    case "--notes" -> notes = Path.of(CommandArgs.value(args, ++i, a));
                    case "--part" -> part = CommandArgs.value(args, ++i, a).toLowerCase(Locale.ROOT);
                    default -> gold = CommandArgs.positional(a, gold);
                }
            }
            if (gold == null) {
                throw new UsageException("a gold file or folder is required");
            }
            if (!Files.exists(gold)) {
                throw new UsageException("no such gold file or folder: " + gold);
            }
            if (Files.isDirectory(gold) && codes == null) {
                throw new UsageException("a notes folder needs --codes CODES.tsv");
            }
            if (part != null && notes == null) {
                throw new UsageException("--part needs --notes (it applies to a coder-labelled gold set)");
            }
            if (part != null && !List.of("tuning", "frozen").contains(part)) {
                throw new UsageException("--part must be tuning or frozen");
            }
            if (notes != null && Files.isDirectory(gold)) {
                throw new UsageException("--notes needs a gold file, not a folder");
            }
            if (notes != null && !Files.isRegularFile(notes)) {
                throw new UsageException("no such notes file: " + notes
                        + " (the gold file holds ids only; give the notes JSONL, plain or .xz)");
            }
            if (procedureCodes != null && !Files.isDirectory(gold)) {
                throw new UsageException("--procedure-codes goes with a notes folder (JSONL gold names each code's system)");
            }
            if (procedureCodes != null && !Files.isRegularFile(procedureCodes)) {
                throw new UsageException("no such procedure codes file: " + procedureCodes);
            }
            return new Args(gold, codes, procedureCodes, setting, out, baseline, threads, notes, part);
        }
    }

    public static void run(Args args, ModelBundle models, Pipeline pipeline, PrintStream out) throws Exception {
        GoldSet gold = Files.isDirectory(args.gold())
                ? new CodiEspGoldReader(args.setting(), "ICD-10-CM").read(args.gold(), args.codes())
                : args.notes() != null ? new CoderGoldReader().read(args.gold(), args.notes(), args.part())
                : new JsonLinesGoldReader().read(args.gold());
        if (args.procedureCodes() != null) {
            gold = merge(gold, new CodiEspGoldReader(args.setting(), "ICD-10-PCS").read(args.gold(), args.procedureCodes()));
        }
        Files.createDirectories(args.out());
        // Gold coded in an older release (CodiEsp: 2018, 7th characters dropped) is matched by what its codes became.
        GoldAlignment carried = new CarriedGoldMatcher(models.codeSet(), AlphabeticIndexLoader.conversion());
        EvaluationReport engine = evaluate(new PipelineNoteCoder(pipeline), gold, args.threads(), "engine", carried);
        EvaluationReport baseline = args.baseline()
                ? evaluate(new LuceneBaselineCoder(models), gold, args.threads(), "baseline", carried) : null;
        JsonReportWriter json = new JsonReportWriter();
        json.write(engine, args.out().resolve("report.json"));
        if (baseline != null) {
            json.write(baseline, args.out().resolve("baseline.json"));
        }
        new HtmlReport().write(engine, baseline, args.out().resolve("report.html"));
        out.println(headline(engine, baseline));
        out.println("reports: " + args.out().resolve("report.json") + ", " + args.out().resolve("report.html"));
    }

    /** The notes of {@code a} with the codes of the same notes in {@code b} added. */
    static GoldSet merge(GoldSet a, GoldSet b) {
        java.util.Map<String, GoldNote> extra = new java.util.HashMap<>();
        b.notes().forEach(n -> extra.put(n.id(), n));
        List<GoldNote> notes = a.notes().stream().map(n -> {
            var other = extra.get(n.id());
            if (other == null) {
                return n;
            }
            List<GoldCode> codes = new java.util.ArrayList<>(n.codes());
            codes.addAll(other.codes());
            return new GoldNote(n.id(), n.text(), n.setting(), codes, n.attributes());
        }).toList();
        return new GoldSet(a.source() + " + " + b.source(), notes);
    }

    private static EvaluationReport evaluate(NoteCoder coder, GoldSet gold, int threads, String label,
                                             GoldAlignment alignment) {
        return new CodingEvaluator(coder, threads, ProgressBar.stderr(label), ReportBuilder.standard(), alignment)
                .evaluate(gold);
    }

    /** A Markdown table of the headline figures (pasted into the README). */
    public static String headline(EvaluationReport engine, EvaluationReport baseline) {
        StringBuilder b = new StringBuilder();
        b.append("| system | metric | OpenCAC | ").append(baseline == null ? "" : "baseline (plain Lucene) |").append('\n');
        b.append("|---|---|---|").append(baseline == null ? "" : "---|").append('\n');
        List<String> unscored = new ArrayList<>();
        for (SystemMetrics s : engine.systems()) {
            if (s.exact().tp() + s.exact().fn() == 0) {
                // no gold codes of this system in the set: zeros would read as failure, so name it instead
                unscored.add(s.system() + " (" + s.exact().fp() + " suggestions)");
                continue;
            }
            SystemMetrics base = baseline == null ? null : baseline.system(s.system()).orElse(null);
            row(b, s.system(), "exact micro P", fmt(s.exact().microPrecision()), base == null ? null : fmt(base.exact().microPrecision()), baseline);
            row(b, s.system(), "exact micro R", fmt(s.exact().microRecall()), base == null ? null : fmt(base.exact().microRecall()), baseline);
            row(b, s.system(), "exact micro F1", fmt(s.exact().microF1()), base == null ? null : fmt(base.exact().microF1()), baseline);
            row(b, s.system(), "exact macro F1", pct(s.exact().macroF1()), base == null ? null : pct(base.exact().macroF1()), baseline);
            row(b, s.system(), "category micro F1", fmt(s.category().microF1()), base == null ? null : fmt(base.category().microF1()), baseline);
            row(b, s.system(), "P@1", pct(s.ranking().precisionAt1()), base == null ? null : pct(base.ranking().precisionAt1()), baseline);
            row(b, s.system(), "R@5", pct(s.ranking().recallAt5()), base == null ? null : pct(base.ranking().recallAt5()), baseline);
            row(b, s.system(), "R@10", pct(s.ranking().recallAt10()), base == null ? null : pct(base.ranking().recallAt10()), baseline);
            row(b, s.system(), "MAP", pct(s.ranking().meanAveragePrecision()), base == null ? null : pct(base.ranking().meanAveragePrecision()), baseline);
            row(b, s.system(), "category MAP", pct(s.ranking().categoryMeanAveragePrecision()), base == null ? null : pct(base.ranking().categoryMeanAveragePrecision()), baseline);
        }
        if (!unscored.isEmpty()) {
            b.append("\nNot scored, the gold has no codes of: ").append(String.join(", ", unscored)).append('\n');
        }
        b.append('\n').append(topList(engine, baseline));
        b.append('\n').append(engine.run().noteCount()).append(" notes, ").append(engine.run().errorCount())
                .append(" errors, ").append(engine.run().codeSetVersion());
        return b.toString();
    }

    /** Top-10 precision and recall and first-listed accuracy (ICD-10-CM), all notes and per gold part. */
    static String topList(EvaluationReport engine, EvaluationReport baseline) {
        StringBuilder b = new StringBuilder();
        b.append("| system | part | notes | top-10 precision | top-10 recall | first-listed right |\n");
        b.append("|---|---|---|---|---|---|\n");
        topListRows(b, "OpenCAC", engine);
        if (baseline != null) {
            topListRows(b, "baseline", baseline);
        }
        return b.toString();
    }

    private static void topListRows(StringBuilder b, String label, EvaluationReport report) {
        for (TopListScores t : report.topList()) {
            b.append("| ").append(label).append(" | ").append(t.part()).append(" | ").append(t.notes())
                    .append(" | ").append(ratio(t.precision(), t.shownCorrect(), t.shown()))
                    .append(" | ").append(ratio(t.recall(), t.shownCorrect(), t.gold()))
                    .append(" | ").append(ratio(t.firstListedAccuracy(), t.firstListedCorrect(), t.firstListedNotes()))
                    .append(" |\n");
        }
    }

    private static String ratio(Double value, int numerator, int denominator) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", value, numerator, denominator);
    }

    private static void row(StringBuilder b, String system, String metric, String value, String base, Object baseline) {
        b.append("| ").append(system).append(" | ").append(metric).append(" | ").append(value).append(" |");
        if (baseline != null) {
            b.append(' ').append(base == null ? "n/a" : base).append(" |");
        }
        b.append('\n');
    }

    private static String fmt(Estimate e) {
        return String.format(Locale.ROOT, "%.3f (95%% CI %.3f–%.3f)", e.value(), e.low(), e.high());
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
