package org.opencac.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.gold.CodiEspGoldReader;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.evaluation.gold.JsonLinesGoldReader;
import org.opencac.evaluation.report.JsonReportWriter;

/**
 * The {@code spark-submit} entry point:
 * <pre>
 * code NOTES OUTPUT_DIR [--format parquet|csv|json] [--max-chars N]   one Parquet row per suggestion,
 *                                                                      per note and per rejected note
 * eval GOLD.jsonl|NOTES_DIR REPORT_DIR [--codes CODES.tsv] [--partitions N]   opencac eval's report.json
 * </pre>
 * The master and resources come from {@code spark-submit}.
 */
public final class SparkMain {
    static final String USAGE = "usage: spark-submit --class org.opencac.spark.SparkMain opencac-spark-job.jar "
            + "code NOTES OUTPUT_DIR [--format parquet|csv|json] [--max-chars N] | "
            + "eval GOLD.jsonl|NOTES_DIR REPORT_DIR [--codes CODES.tsv] [--partitions N]";

    private SparkMain() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        if (args.size() < 3 || !List.of("code", "eval").contains(args.get(0))) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String format = option(args, "--format", null);
        int maxChars = Integer.parseInt(option(args, "--max-chars", Integer.toString(NoteCheck.DEFAULT_MAX_CODE_POINTS)));
        String codes = option(args, "--codes", null);
        try (SparkSession spark = SparkSession.builder().appName("opencac " + args.get(0)).getOrCreate()) {
            int partitions = Integer.parseInt(option(args, "--partitions",
                    Integer.toString(spark.sparkContext().defaultParallelism())));
            if (args.get(0).equals("code")) {
                SparkCoder.Summary s = new SparkCoder(maxChars).run(SparkCoder.read(spark, args.get(1), format), args.get(2));
                System.out.println("opencac-spark: " + s.notes() + " notes, " + s.coded() + " coded, " + s.errors()
                        + " rejected (see " + args.get(2) + "/errors)");
            } else {
                Path gold = Path.of(args.get(1));
                GoldSet set = Files.isDirectory(gold)
                        ? new CodiEspGoldReader(option(args, "--setting", "outpatient"), "ICD-10-CM").read(gold, Path.of(codes))
                        : new JsonLinesGoldReader().read(gold);
                EvaluationReport report = SparkEvaluation.evaluate(spark, set, partitions);
                Path out = Path.of(args.get(2));
                Files.createDirectories(out);
                new JsonReportWriter().write(report, out.resolve("report.json"));
                System.out.println("opencac-spark: report " + out.resolve("report.json"));
            }
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
