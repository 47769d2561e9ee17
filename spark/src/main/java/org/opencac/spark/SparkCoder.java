package org.opencac.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Codes a Dataset of notes on Spark with the same engine as the service and {@code opencac batch}.
 * Input columns: {@code id}, {@code text}, {@code setting} (outpatient or inpatient) and, optionally,
 * {@code date_of_service} and {@code sex} (male, female or unknown: the patient's sex, which decides codes for one
 * sex only; without it the note is read for it). Three outputs:
 * <ul>
 * <li>{@link #suggestions}: one row per suggestion (note id, code system, code, rank, score, evidence
 *     offsets, assertion, code-set version);</li>
 * <li>{@link #notes}: one row per coded note (its setting, date of service, suggestion count and
 *     codes);</li>
 * <li>{@link #errors}: one row per note that could not be coded, with the reason (never the text).</li>
 * </ul>
 * Coding is a pure function of each row, so reruns give the same rows.
 */
public final class SparkCoder {
    private final int maxCodePoints;

    public SparkCoder(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
    }

    public SparkCoder() {
        this(NoteCheck.DEFAULT_MAX_CODE_POINTS);
    }

    /** The coded notes: one row per input row (see {@code NoteCoding.RESULT}), computed lazily. */
    public Dataset<Row> code(Dataset<Row> input) {
        List<String> columns = Arrays.asList(input.columns());
        for (String required : List.of("id", "text", "setting")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("the notes need a column '" + required + "'; found " + columns);
            }
        }
        Dataset<Row> notes = input.select(col("id").cast("string"), col("text").cast("string"),
                col("setting").cast("string"),
                columns.contains("date_of_service") ? col("date_of_service").cast("string") : lit(null).cast("string"),
                columns.contains("sex") ? col("sex").cast("string") : lit(null).cast("string"));
        int max = maxCodePoints;
        return notes.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> NoteCoding.codePartition(rows, max),
                Encoders.row(NoteCoding.RESULT));
    }

    /** One row per suggestion of the coded notes. */
    public static Dataset<Row> suggestions(Dataset<Row> coded) {
        return coded.where(col("error").isNull())
                .select(col("note_id"), col("code_system"), col("code_set_version"), explode(col("suggestions")).as("s"))
                .select(col("note_id"), col("code_system"), col("s.code").as("code"), col("s.rank").as("rank"),
                        col("s.score").as("score"), col("s.first_listed").as("first_listed"),
                        col("s.assertion").as("assertion"), col("s.evidence").as("evidence"),
                        col("s.description").as("description"), col("code_set_version"));
    }

    /** One row per coded note. */
    public static Dataset<Row> notes(Dataset<Row> coded) {
        return coded.where(col("error").isNull())
                .select(col("note_id"), col("setting"), col("date_of_service"), col("text_length"),
                        col("code_system"), col("code_set_version"), size(col("suggestions")).as("suggestion_count"),
                        col("suggestions.code").as("codes"), col("warnings"));
    }

    /** One row per note that could not be coded, with the reason. */
    public static Dataset<Row> errors(Dataset<Row> coded) {
        return coded.where(col("error").isNotNull())
                .select(col("note_id"), col("setting"), col("text_length"), col("error"));
    }

    /** Reads notes: Parquet, CSV (with a header row) or JSON Lines, by {@code format} or the path's extension. */
    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        String f = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(path);
        return switch (f) {
            case "parquet" -> spark.read().parquet(path);
            case "csv" -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .csv(path);
            case "json", "jsonl" -> spark.read().json(path);
            default -> throw new IllegalArgumentException("unknown input format " + f + " (parquet, csv or json)");
        };
    }

    static String formatOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".csv")) {
            return "csv";
        }
        if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".ndjson")) {
            return "json";
        }
        return "parquet";
    }

    /**
     * Codes the notes once and writes the three outputs as Parquet under {@code outputDir}
     * ({@code suggestions/}, {@code notes/}, {@code errors/}), replacing an earlier run's.
     */
    public Summary run(Dataset<Row> input, String outputDir) {
        Dataset<Row> coded = code(input).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            suggestions(coded).write().mode(SaveMode.Overwrite).parquet(outputDir + "/suggestions");
            notes(coded).write().mode(SaveMode.Overwrite).parquet(outputDir + "/notes");
            errors(coded).write().mode(SaveMode.Overwrite).parquet(outputDir + "/errors");
            long errorCount = coded.where(col("error").isNotNull()).count();
            long total = coded.count();
            return new Summary(total, total - errorCount, errorCount);
        } finally {
            coded.unpersist();
        }
    }

    /** Counts of one run. */
    public record Summary(long notes, long coded, long errors) {
    }
}
