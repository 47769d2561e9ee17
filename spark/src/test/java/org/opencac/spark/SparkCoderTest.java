package org.opencac.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.evaluation.CodingEvaluator;
import org.opencac.evaluation.EvaluationReport;
import org.opencac.evaluation.ProgressListener;
import org.opencac.evaluation.ReportBuilder;
import org.opencac.evaluation.coder.PipelineNoteCoder;
import org.opencac.evaluation.gold.GoldSet;
import org.opencac.evaluation.gold.JsonLinesGoldReader;
import org.opencac.evaluation.report.JsonReportWriter;

class SparkCoderTest {
    private static final int NOTES = 300;
    /** Neither pronouns nor organs tell the sex: only the sex column can. */
    private static final String STRICTURE = "Cystoscopy for a narrowed urethra.\n\nASSESSMENT: Urethral stricture.";
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty("spark.ui.enabled", "false");
        spark = SparkSession.builder().master("local[2]").appName("opencac-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Writes the generated notes, four bad rows and one note dated outside the loaded release as JSON Lines. */
    private static Path input() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < NOTES; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", "gen-" + i);
            row.put("text", GeneratedNotes.note(i));
            row.put("setting", i % 3 == 0 ? "inpatient" : "outpatient");
            row.put("date_of_service", "2026-0" + (1 + i % 9) + "-15");
            lines.add(json.writeValueAsString(row));
        }
        lines.add(json.writeValueAsString(Map.of("id", "bad-empty", "text", "   ", "setting", "outpatient")));
        lines.add(json.writeValueAsString(Map.of("id", "bad-large", "text", "hypertension ".repeat(8000), "setting",
                "outpatient")));
        lines.add(json.writeValueAsString(Map.of("id", "bad-setting", "text", "Essential hypertension.", "setting",
                "emergency")));
        lines.add(json.writeValueAsString(Map.of("id", "bad-date", "text", "Essential hypertension.", "setting",
                "outpatient", "date_of_service", "14/03/2026")));
        lines.add(json.writeValueAsString(Map.of("id", "visit-2019", "text", "Essential hypertension.", "setting",
                "outpatient", "date_of_service", "2019-05-02")));
        for (String sex : List.of("female", "male", "neither")) {
            lines.add(json.writeValueAsString(Map.of("id", "stricture-" + sex, "text", STRICTURE, "setting",
                    "outpatient", "sex", sex)));
        }
        Path file = dir.resolve("notes.jsonl");
        Files.write(file, lines);
        return file;
    }

    private static String key(String id, int rank) {
        return id + "#" + rank;
    }

    @Test
    void codesEveryNoteLikeTheEngineAndRejectsBadRowsWithAReason() throws IOException {
        Path in = input();
        String out = dir.resolve("run1").toString();
        SparkCoder.Summary summary = new SparkCoder(100_000).run(SparkCoder.read(spark, in.toString(), null), out);
        assertEquals(new SparkCoder.Summary(NOTES + 8, NOTES + 3, 5), summary);

        // Row for row: the same suggestions, ranks, scores, evidence and assertions as the engine itself.
        Pipeline pipeline = ExecutorEngine.pipeline();
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < NOTES; i++) {
            CareSetting setting = i % 3 == 0 ? CareSetting.INPATIENT : CareSetting.OUTPATIENT;
            CodingResult r = pipeline.code(new Note(GeneratedNotes.note(i), setting));
            int rank = 1;
            for (Suggestion s : r.suggestions()) {
                expected.put(key("gen-" + i, rank), describe(s.code(), s.score(), s.firstListed(),
                        s.evidence().stream().map(e -> e.start() + "-" + e.end() + ":" + e.assertion())
                                .collect(Collectors.joining(",")), r.codeSetVersion().label()));
                rank++;
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Row row : spark.read().parquet(out + "/suggestions").where("note_id LIKE 'gen-%'").collectAsList()) {
            List<Row> evidence = row.getList(row.fieldIndex("evidence"));
            String spans = evidence.stream().map(e -> e.getInt(0) + "-" + e.getInt(1) + ":" + e.getString(3))
                    .collect(Collectors.joining(","));
            assertEquals("ICD-10-CM", row.getString(row.fieldIndex("code_system")));
            String firstAssertion = evidence.isEmpty() ? null : evidence.get(0).getString(3);
            assertEquals(firstAssertion, row.getString(row.fieldIndex("assertion")));
            actual.put(key(row.getString(row.fieldIndex("note_id")), row.getInt(row.fieldIndex("rank"))),
                    describe(row.getString(row.fieldIndex("code")), row.getDouble(row.fieldIndex("score")),
                            row.getBoolean(row.fieldIndex("first_listed")), spans,
                            row.getString(row.fieldIndex("code_set_version"))));
        }
        assertTrue(expected.size() > NOTES, "the generated notes should give several codes each");
        assertEquals(expected, actual);

        List<Row> notes = spark.read().parquet(out + "/notes").collectAsList();
        assertEquals(NOTES + 3, notes.size());
        for (Row row : notes) {
            List<String> warnings = row.getList(row.fieldIndex("warnings"));
            if (row.getString(0).equals("visit-2019")) {
                assertEquals(1, warnings.size(), "a 2019 visit is outside the ICD-10-CM FY2026 release");
                assertTrue(warnings.get(0).contains("date of service 2019-05-02"), warnings.toString());
            } else {
                assertEquals(List.of(), warnings, "the generated notes are dated in FY2026");
            }
        }
        Map<String, String> errors = new TreeMap<>();
        for (Row row : spark.read().parquet(out + "/errors").collectAsList()) {
            errors.put(row.getString(0), row.getString(row.fieldIndex("error")));
        }
        assertEquals("empty_text", errors.get("bad-empty"));
        assertTrue(errors.get("bad-large").startsWith("note_too_large"), errors.toString());
        assertTrue(errors.get("bad-setting").startsWith("unknown_setting"), errors.toString());
        assertTrue(errors.get("bad-date").startsWith("invalid_date_of_service"), errors.toString());
        assertTrue(errors.get("stricture-neither").startsWith("invalid_sex"), errors.toString());
        assertEquals(5, errors.size());

        // The sex column picks the code of that sex where the Tabular splits one by sex.
        Map<String, List<String>> codesBySex = new TreeMap<>();
        for (Row row : spark.read().parquet(out + "/suggestions").where("note_id LIKE 'stricture-%'").collectAsList()) {
            codesBySex.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(row.getString(row.fieldIndex("code")));
        }
        assertTrue(codesBySex.get("stricture-female").contains("N35.92"), codesBySex.toString());
        assertTrue(codesBySex.get("stricture-male").contains("N35.919"), codesBySex.toString());
        assertFalse(codesBySex.get("stricture-male").contains("N35.92"), codesBySex.toString());

        // A rerun gives the same rows.
        String out2 = dir.resolve("run2").toString();
        new SparkCoder(100_000).run(SparkCoder.read(spark, in.toString(), null).repartition(3), out2);
        assertEquals(sorted(out + "/suggestions"), sorted(out2 + "/suggestions"));
        assertEquals(sorted(out + "/notes"), sorted(out2 + "/notes"));
    }

    private static String describe(String code, double score, boolean first, String evidence, String version) {
        return code + "|" + score + "|" + first + "|" + evidence + "|" + version;
    }

    private static List<String> sorted(String parquet) {
        return spark.read().parquet(parquet).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    @Test
    void evaluationOnSparkReportsTheSameMetricsAsTheLocalEvaluation() {
        Path corpus = Path.of("..", "corpus", "dev", "dev-notes.jsonl");
        GoldSet gold = new JsonLinesGoldReader().read(corpus);
        EvaluationReport distributed = SparkEvaluation.evaluate(spark, gold, 2);
        EvaluationReport local = new CodingEvaluator(new PipelineNoteCoder(ExecutorEngine.pipeline()), 1,
                ProgressListener.NONE, ReportBuilder.standard(), SparkEvaluation.carriedGold()).evaluate(gold);
        JsonReportWriter json = new JsonReportWriter();
        assertEquals(withoutRunFields(json.toJson(local)), withoutRunFields(json.toJson(distributed)));
    }

    /** The report without its run metadata (time stamps, wall time, thread count). */
    private static String withoutRunFields(String report) {
        try {
            var tree = new ObjectMapper().readTree(report);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("run");
            return tree.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
