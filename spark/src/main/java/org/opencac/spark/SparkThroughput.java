package org.opencac.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures coding throughput on Spark in local mode, to compare with {@code opencac batch} on the same
 * notes: {@code java --add-opens ... -cp <spark classpath> org.opencac.spark.SparkThroughput NOTES.jsonl
 * MASTER} (e.g. {@code local[1]}, {@code local[2]}). In local mode the executor is this JVM: the models are
 * loaded first (timed apart), then one pass codes every note once (no note twice in a JVM, as with
 * {@code opencac batch}) and counts the suggestions; nothing is written. Rerun for more samples.
 */
public final class SparkThroughput {
    private SparkThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String notesPath = args[0];
        String master = args[1];
        try (SparkSession spark = SparkSession.builder().master(master).appName("opencac-throughput")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate()) {
            spark.sparkContext().setLogLevel("WARN");
            Dataset<Row> input = SparkCoder.read(spark, notesPath, "json");
            if (!java.util.Arrays.asList(input.columns()).contains("setting")) {
                input = input.withColumn("setting", lit("outpatient"));
            }
            int partitions = Math.max(2, spark.sparkContext().defaultParallelism() * 4);
            Dataset<Row> notes = input.select(col("id").cast("string"), col("text"), col("setting"))
                    .repartition(partitions).cache();
            long count = notes.count();
            long chars = notes.selectExpr("sum(length(text))").first().getLong(0);
            long l0 = System.nanoTime();
            ExecutorEngine.pipeline();
            double load = (System.nanoTime() - l0) / 1e9;
            long t0 = System.nanoTime();
            long suggestions = SparkCoder.suggestions(new SparkCoder().code(notes)).count();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: models loaded in %.2f s; %d notes (%.1f MB), %d suggestions, %.2f s, "
                    + "%.0f notes/s, %.0f KB/s%n", master, load, count, chars / 1e6, suggestions, seconds,
                    count / seconds, chars / 1024.0 / seconds);
        }
    }
}
